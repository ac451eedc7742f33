// Figures per municipality: the bundled ones, plus what a member of the organisation fetched from
// CBS online or imported from a CBS file (kept in cbs_figure_set with the date fetched).
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import bundled from './bundled-figures.json' with { type: 'json' };
import { type FigureYears, mergeFigureYears, normalizeRegionCode, slot } from './figures';

const bundledYears = bundled.years as FigureYears;

export const BUNDLED_SOURCE = bundled.source;

export type FigureSetSummary = { source: string; label: string; fetchedAt: string };

const bundledByMunicipality = new Map<string, FigureYears>();

/**
 * Only the regions of one municipality: region codes carry the municipality's four digits.
 * Kept per municipality, so a page does not walk all of the Netherlands on every request.
 */
export function bundledFiguresFor(municipalityCode: string): FigureYears {
  const digits = normalizeRegionCode(municipalityCode).slice(2);
  const known = bundledByMunicipality.get(digits);
  if (known !== undefined) return known;
  const result: FigureYears = {};
  for (const [year, regions] of Object.entries(bundledYears)) {
    for (const [code, figures] of Object.entries(regions)) {
      if (code.slice(2, 6) !== digits) continue;
      slot(result, year, () => ({}))[code] = figures;
    }
  }
  bundledByMunicipality.set(digits, result);
  return result;
}

/** Saves (or replaces) one set of figures of a municipality for the organisation. */
export async function saveFigureSet(
  db: Db,
  input: {
    organisationId: string;
    municipalityCode: string;
    source: string;
    label: string;
    figures: FigureYears;
  },
): Promise<void> {
  const municipalityCode = normalizeRegionCode(input.municipalityCode);
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('cbsFigureSet')
      .where('organisationId', '=', input.organisationId)
      .where('municipalityCode', '=', municipalityCode)
      .where('source', '=', input.source)
      .execute();
    await trx
      .insertInto('cbsFigureSet')
      .values({
        id: newId(),
        organisationId: input.organisationId,
        municipalityCode,
        source: input.source,
        label: input.label,
        figures: JSON.stringify(input.figures),
        fetchedAt: nowIso(),
      })
      .execute();
  });
}

/**
 * All figures for a municipality: bundled first, then files and CBS online on top (the newer
 * fetch wins where both have a value for the same year), and what each set is.
 */
export async function loadMunicipalityFigures(
  db: Db,
  input: { organisationId: string; municipalityCode: string },
): Promise<{ years: FigureYears; sets: FigureSetSummary[] }> {
  const rows = await db
    .selectFrom('cbsFigureSet')
    .select(['source', 'label', 'figures', 'fetchedAt'])
    .where('organisationId', '=', input.organisationId)
    .where('municipalityCode', '=', normalizeRegionCode(input.municipalityCode))
    .orderBy('fetchedAt', 'asc')
    .execute();
  const years = mergeFigureYears(
    bundledFiguresFor(input.municipalityCode),
    ...rows.map((row) => JSON.parse(row.figures) as FigureYears),
  );
  return {
    years,
    sets: rows.map(({ source, label, fetchedAt }) => ({ source, label, fetchedAt })),
  };
}
