// The CBS figures step 2 works with, and how they are found in each CBS form: the short codes of the
// wijk-and-buurt Excel/CSV files, and the OData column names (Key without its number) and titles.
// CBS renumbers OData columns between table versions, so a column is never found by its number.

export const FIGURE_KEYS = [
  'inwoners',
  'kinderen',
  'kinderenAandeel',
  'jongeren',
  'jongerenAandeel',
  'huishoudens',
  'huishoudensMetKinderen',
  'huishoudgrootte',
  'laagInkomen',
  'sociaalMinimum',
  'armoede',
  'bijstand',
  'corporatie',
  'woz',
  'herkomstEuropa',
  'herkomstBuitenEuropa',
  'ses',
] as const;

export type FigureKey = (typeof FIGURE_KEYS)[number];

export type FigureDefinition = {
  key: FigureKey;
  /** Dutch column header. */
  label: string;
  unit: 'aantal' | 'procent' | 'getal' | 'duizend-euro' | 'score';
  /** Short code in CBS's wijk-and-buurt Excel and CSV files. */
  fileCodes: string[];
  /** OData Key without the number CBS puts after it. */
  odataKeys: string[];
  /** OData title (v3 DataProperties Title, v4 MeasureCodes Title), compared trimmed and lower case. */
  odataTitles: string[];
};

export const FIGURES: Record<FigureKey, FigureDefinition> = {
  inwoners: {
    key: 'inwoners',
    label: 'Inwoners',
    unit: 'aantal',
    fileCodes: ['a_inw', 'aantal_inwoners'],
    odataKeys: ['AantalInwoners'],
    odataTitles: ['aantal inwoners'],
  },
  kinderen: {
    key: 'kinderen',
    label: 'Kinderen 0–15 jaar',
    unit: 'aantal',
    fileCodes: ['a_00_14'],
    odataKeys: ['k_0Tot15Jaar'],
    odataTitles: ['0 tot 15 jaar'],
  },
  kinderenAandeel: {
    key: 'kinderenAandeel',
    label: 'Aandeel kinderen 0–15 jaar',
    unit: 'procent',
    fileCodes: ['p_00_14', '0_15'],
    odataKeys: [],
    odataTitles: [],
  },
  jongeren: {
    key: 'jongeren',
    label: 'Jongeren 15–25 jaar',
    unit: 'aantal',
    fileCodes: ['a_15_24'],
    odataKeys: ['k_15Tot25Jaar'],
    odataTitles: ['15 tot 25 jaar'],
  },
  jongerenAandeel: {
    key: 'jongerenAandeel',
    label: 'Aandeel jongeren 15–25 jaar',
    unit: 'procent',
    fileCodes: ['p_15_24', '15_25'],
    odataKeys: [],
    odataTitles: [],
  },
  huishoudens: {
    key: 'huishoudens',
    label: 'Huishoudens',
    unit: 'aantal',
    fileCodes: ['a_hh', 'huishoudens'],
    odataKeys: ['HuishoudensTotaal'],
    odataTitles: ['huishoudens totaal'],
  },
  huishoudensMetKinderen: {
    key: 'huishoudensMetKinderen',
    label: 'Huishoudens met kinderen',
    unit: 'aantal',
    fileCodes: ['a_hh_m_k'],
    odataKeys: ['HuishoudensMetKinderen'],
    odataTitles: ['huishoudens met kinderen'],
  },
  huishoudgrootte: {
    key: 'huishoudgrootte',
    label: 'Gemiddelde grootte huishouden',
    unit: 'getal',
    fileCodes: ['g_hhgro', 'gem_huishouden_grootte'],
    odataKeys: ['GemiddeldeHuishoudensgrootte'],
    odataTitles: ['gemiddelde huishoudensgrootte'],
  },
  laagInkomen: {
    key: 'laagInkomen',
    label: 'Huishoudens met een laag inkomen',
    unit: 'procent',
    fileCodes: ['p_hh_lkk'],
    odataKeys: ['HuishoudensMetEenLaagInkomen'],
    odataTitles: ['huishoudens met een laag inkomen'],
  },
  sociaalMinimum: {
    key: 'sociaalMinimum',
    label: 'Huishoudens onder of rond het sociaal minimum',
    unit: 'procent',
    fileCodes: ['p_hh_osm'],
    odataKeys: ['HuishOnderOfRondSociaalMinimum'],
    odataTitles: ['huish. onder of rond sociaal minimum'],
  },
  armoede: {
    key: 'armoede',
    label: 'Mensen in armoede',
    unit: 'procent',
    fileCodes: ['p_ink_ar'],
    odataKeys: ['PersonenInArmoede'],
    odataTitles: ['personen in armoede'],
  },
  bijstand: {
    key: 'bijstand',
    label: 'Mensen met bijstand',
    unit: 'aantal',
    fileCodes: ['a_soz_wb'],
    odataKeys: ['PersonenPerSoortUitkeringBijstand'],
    odataTitles: ['personen per soort uitkering; bijstand'],
  },
  corporatie: {
    key: 'corporatie',
    label: 'Woningen van een woningcorporatie',
    unit: 'procent',
    fileCodes: ['p_wcorpw'],
    odataKeys: ['InBezitWoningcorporatie'],
    odataTitles: ['in bezit woningcorporatie'],
  },
  woz: {
    key: 'woz',
    label: 'Gemiddelde WOZ-waarde',
    unit: 'duizend-euro',
    fileCodes: ['g_wozbag'],
    odataKeys: ['GemiddeldeWOZWaardeVanWoningen'],
    odataTitles: ['gemiddelde woz-waarde van woningen'],
  },
  herkomstEuropa: {
    key: 'herkomstEuropa',
    label: 'Herkomst Europa (niet Nederland)',
    unit: 'aantal',
    fileCodes: ['a_eur_al'],
    // The first column of this name is "herkomstland"; later ones split by place of birth.
    odataKeys: ['EuropaExclusiefNederland'],
    odataTitles: ['europa (exclusief nederland)'],
  },
  herkomstBuitenEuropa: {
    key: 'herkomstBuitenEuropa',
    label: 'Herkomst buiten Europa',
    unit: 'aantal',
    fileCodes: ['a_neu_al'],
    odataKeys: ['BuitenEuropa'],
    odataTitles: ['buiten europa'],
  },
  ses: {
    key: 'ses',
    label: 'SES-WOA-score',
    unit: 'score',
    fileCodes: ['SES-WOA/Totaalscore/Gemiddelde score (Getal)'],
    odataKeys: ['GemiddeldeScore'],
    odataTitles: ['gemiddelde score'],
  },
};

/** year → region code → figure → value (null: CBS has no value for it). */
export type FigureYears = Record<string, Record<string, Partial<Record<FigureKey, number | null>>>>;

export type FigureValue = { value: number | null; year: number | null };

/**
 * A value in a CBS file or API answer: "." (unknown or secret), empty, "x", and the large negative
 * numbers CBS and PDOK use as markers (-99995, -99997) are all "no value", never 0. CBS files mix
 * decimal commas and points and pad cells with spaces.
 */
export function parseCbsNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw > -99990 ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim().replace(/\s/g, '');
  if (text === '' || text === '.' || text === '-' || text.toLowerCase() === 'x') return null;
  const normal = text.includes(',') && !text.includes('.') ? text.replace(',', '.') : text;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  const value = Number(normal);
  return value > -99990 ? value : null;
}

/** CBS pads region codes with spaces in the API ('WK034401  '); Amsterdam uses letters (WK0363AF). */
export function normalizeRegionCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The value at `key`, created with `make` first when missing. */
export function slot<T>(record: Record<string, T>, key: string, make: () => NoInfer<T>): T {
  let value = record[key];
  if (value === undefined) {
    value = make();
    record[key] = value;
  }
  return value;
}

/** Merges figure sets: later ones win where they have a value for the same year, region and figure. */
export function mergeFigureYears(...sets: FigureYears[]): FigureYears {
  const merged: FigureYears = {};
  for (const set of sets) {
    for (const [year, regions] of Object.entries(set)) {
      const yearTarget = slot(merged, year, () => ({}));
      for (const [code, figures] of Object.entries(regions)) {
        const target = slot(yearTarget, code, () => ({}));
        for (const [key, value] of Object.entries(figures) as [FigureKey, number | null][]) {
          if (value !== null || !(key in target)) target[key] = value;
        }
      }
    }
  }
  return merged;
}

/** The newest year in which this region has a value for the figure, with that value. */
export function newestValue(years: FigureYears, code: string, key: FigureKey): FigureValue {
  const sorted = Object.keys(years).sort((a, b) => Number(b) - Number(a));
  for (const year of sorted) {
    const value = years[year]?.[code]?.[key];
    if (typeof value === 'number') return { value, year: Number(year) };
  }
  return { value: null, year: null };
}

/** Every figure of a region, each from the newest year that has it; shares are computed. */
export function regionFigures(years: FigureYears, code: string): Record<FigureKey, FigureValue> {
  const result = {} as Record<FigureKey, FigureValue>;
  for (const key of FIGURE_KEYS) result[key] = newestValue(years, code, key);
  // Shares of an age group: the file's own share when it is as new as the count, else computed.
  for (const [countKey, shareKey] of [
    ['kinderen', 'kinderenAandeel'],
    ['jongeren', 'jongerenAandeel'],
  ] as const) {
    const count = result[countKey];
    const share = result[shareKey];
    if (count.value === null || count.year === null) continue;
    if (share.year !== null && count.year < share.year) continue;
    const inhabitants = valueInYear(years, code, 'inwoners', count.year);
    if (inhabitants !== null && inhabitants > 0) {
      result[shareKey] = {
        value: Math.round((count.value / inhabitants) * 1000) / 10,
        year: count.year,
      };
    }
  }
  return result;
}

export function valueInYear(
  years: FigureYears,
  code: string,
  key: FigureKey,
  year: number,
): number | null {
  const value = years[String(year)]?.[code]?.[key];
  return typeof value === 'number' ? value : null;
}

/** A count as a share of inhabitants of the same year, in percent; null when unknown. */
export function shareOfInhabitants(years: FigureYears, code: string, key: FigureKey): FigureValue {
  const count = newestValue(years, code, key);
  if (count.value === null || count.year === null) return { value: null, year: null };
  const inhabitants = valueInYear(years, code, 'inwoners', count.year);
  if (inhabitants === null || inhabitants <= 0) return { value: null, year: count.year };
  return { value: Math.round((count.value / inhabitants) * 1000) / 10, year: count.year };
}
