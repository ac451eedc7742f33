import { z } from 'zod';
import { optionalText, phoneText, requiredText } from '~/lib/forms';
import { isDutchPostcode } from '~/lib/normalise';

// The forms of the overzichtskaart. Postcodes and phone numbers are accepted as people type them;
// places.server.ts stores the postcode in one form ("1234 AB") and the phone as typed with a
// normalised form beside it.

export const PLACE_LIMITS = {
  category: 64,
  name: 150,
  address: 200,
  postcode: 10,
  city: 100,
  whenParents: 500,
  organisationName: 150,
  contactPerson: 150,
  phone: 40,
  email: 254,
  socialMedia: 300,
  notes: 4000,
  tipFrom: 200,
  categoryName: 80,
} as const;

const email = optionalText('het e-mailadres', PLACE_LIMITS.email).refine(
  (value) => value === '' || z.email().safeParse(value).success,
  { error: 'Dit is geen e-mailadres. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl.' },
);

const postcode = optionalText('de postcode', PLACE_LIMITS.postcode).refine(
  (value) => value === '' || isDutchPostcode(value),
  { error: 'Een postcode is vier cijfers en twee letters, zoals 3562 JT.' },
);

const phone = phoneText(PLACE_LIMITS.phone);

export const placeFieldsSchema = z.object({
  category: requiredText('een soort plek', PLACE_LIMITS.category),
  name: requiredText('de naam van de plek', PLACE_LIMITS.name),
  address: optionalText('het adres', PLACE_LIMITS.address),
  postcode,
  city: optionalText('de plaats', PLACE_LIMITS.city),
  whenParents: optionalText('wanneer er ouders zijn', PLACE_LIMITS.whenParents),
  organisationName: optionalText('de organisatie', PLACE_LIMITS.organisationName),
  contactPerson: optionalText('de contactpersoon', PLACE_LIMITS.contactPerson),
  phone,
  email,
  socialMedia: optionalText('social media', PLACE_LIMITS.socialMedia),
  notes: optionalText('de aantekeningen', PLACE_LIMITS.notes),
  tipFrom: optionalText('van wie de tip komt', PLACE_LIMITS.tipFrom),
});

export type PlaceFormFields = z.output<typeof placeFieldsSchema>;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const addPlaceSchema = placeFieldsSchema.extend({
  // A token that is missing or malformed is not an error: the place is then simply made once.
  formToken: z.preprocess(
    (v) => (typeof v === 'string' && uuid.test(v) ? v : undefined),
    z.string().optional(),
  ),
});

export const editPlaceSchema = placeFieldsSchema.extend({
  placeId: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1).max(1_000_000_000),
});

export const placeIdSchema = z.object({
  placeId: z.string({ error: 'Kies een plek.' }).min(1, { error: 'Kies een plek.' }).max(64),
});

export const ownCategorySchema = z.object({
  categoryName: requiredText('een naam voor de categorie', PLACE_LIMITS.categoryName),
});

export const renameCategorySchema = z.object({
  categoryId: z.string().min(1).max(64),
  categoryName: requiredText('een naam voor de categorie', PLACE_LIMITS.categoryName),
});

export const removeCategorySchema = z.object({ categoryId: z.string().min(1).max(64) });
