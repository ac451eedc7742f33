// The shapes of CBS region codes. Most wijk and buurt codes are digits after the municipality's
// four digits, but some municipalities use capital letters there (Amsterdam: "WK0363AA",
// "BU0363AA01"). Validate with these, never with digits only.

export const MUNICIPALITY_CODE = /^GM\d{4}$/;
export const WIJK_CODE = /^WK\d{4}[0-9A-Z]{2}$/;
export const BUURT_CODE = /^BU\d{4}[0-9A-Z]{4}$/;
