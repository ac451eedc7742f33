// Everything step 2's figures part needs: the rows of the table, the ranking, the sort order, the
// map's colours, and the plan's meeting places that have coordinates.

import { loadMunicipalityFigures } from '~/features/cbs/figure-sets.server';
import {
  AGE_GROUP_KEYS,
  type AgeGroupKey,
  CATEGORIES,
  CIRCUMSTANCE_KEYS,
  type CircumstanceKey,
} from '~/features/plans/domain';
import type { Plan } from '~/features/plans/plans.server';
import { findMunicipality } from '~/features/regions/regions.server';
import { formatDateTime } from '~/lib/dates';
import type { Db } from '~/lib/db/database.server';
import {
  buildRow,
  COLUMNS,
  type ColumnKey,
  chooseIncome,
  defaultWeights,
  isSortKey,
  type Ranked,
  type Row,
  rankRows,
  type SortKey,
  sortRows,
  weightsFromQuery,
} from './step-2-figures';

function parseList<T extends string>(json: string, allowed: readonly T[]): T[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is T => allowed.includes(v as T)) : [];
  } catch {
    return [];
  }
}

/** Columns whose figures can colour the map. */
export const MAP_COLUMNS: ColumnKey[] = [
  'kinderenAandeel',
  'jongerenAandeel',
  'huishoudensMetKinderenAandeel',
  'laagInkomen',
  'sociaalMinimum',
  'armoede',
  'bijstandAandeel',
  'buitenEuropaAandeel',
  'corporatie',
  'woz',
  'ses',
  'inwoners',
];

export async function loadStepTwoFigures(
  db: Db,
  input: { organisationId: string; plan: Plan; searchParams: URLSearchParams },
) {
  const { plan, searchParams } = input;
  const municipality = findMunicipality(plan.municipalityCode);
  const { years, sets } = await loadMunicipalityFigures(db, {
    organisationId: input.organisationId,
    municipalityCode: plan.municipalityCode,
  });

  const wijkRows = (municipality?.wijken ?? []).map((w) =>
    buildRow(years, { code: w.code, name: w.name, kind: 'wijk' }),
  );
  const buurtRows = (municipality?.wijken ?? []).flatMap((w) =>
    (w.buurten ?? []).map((b) => buildRow(years, { code: b.code, name: b.name, kind: 'buurt' })),
  );
  const buurtenWithFigures = buurtRows.filter((r) => r.values.inwoners.value !== null);
  const level =
    searchParams.get('niveau') === 'buurt' && buurtenWithFigures.length > 0 ? 'buurt' : 'wijk';
  const rows: Row[] = level === 'buurt' ? buurtenWithFigures : wijkRows;

  const choices = {
    ages: parseList<AgeGroupKey>(plan.ages, AGE_GROUP_KEYS),
    circumstances: parseList<CircumstanceKey>(plan.circumstances, CIRCUMSTANCE_KEYS),
  };
  const startWeights = defaultWeights(choices);
  const weights = weightsFromQuery(searchParams, startWeights);
  const income = chooseIncome(rows);
  const ranked = rankRows(rows, weights, income);
  const rankedByCode = new Map(ranked.map((r) => [r.code, r]));
  const items = rows.map((row) => ({ row, ranked: rankedByCode.get(row.code) as Ranked }));

  const sortParam = searchParams.get('sorteer');
  const anyWeight = Object.values(weights).some((w) => w > 0);
  const sort: SortKey = isSortKey(sortParam) ? sortParam : anyWeight ? 'plek' : 'naam';
  const direction =
    searchParams.get('richting') === 'af' || searchParams.get('richting') === 'op'
      ? (searchParams.get('richting') as 'op' | 'af')
      : sort === 'plek' || sort === 'naam'
        ? 'op'
        : 'af';
  const sorted = sortRows(items, sort, direction);

  // The years each column has, for "Bron: CBS, 2023" under the table.
  const columnYears: Partial<Record<ColumnKey, number[]>> = {};
  for (const column of COLUMNS) {
    const found = new Set<number>();
    for (const row of rows) {
      const year = row.values[column.key].year;
      if (year !== null && row.values[column.key].value !== null) found.add(year);
    }
    columnYears[column.key] = [...found].sort();
  }

  const mapParam = searchParams.get('kaart') as ColumnKey | null;
  const mapColumn: ColumnKey =
    mapParam !== null && MAP_COLUMNS.includes(mapParam) ? mapParam : 'kinderenAandeel';

  return {
    municipalityCode: municipality?.code ?? plan.municipalityCode,
    level: level as 'wijk' | 'buurt',
    hasBuurten: buurtenWithFigures.length > 0,
    rows: sorted.map(({ row, ranked: r }) => ({ ...row, ranking: r })),
    wijkValuesForMap: Object.fromEntries(
      wijkRows.map((r) => [
        r.code,
        { name: r.name, value: r.values[mapColumn].value, year: r.values[mapColumn].year },
      ]),
    ),
    weights,
    startWeights,
    choices,
    income,
    sort,
    direction,
    columnYears,
    mapColumn,
    sets: sets.map((s) => ({ ...s, fetchedAt: formatDateTime(s.fetchedAt) })),
  };
}

/** The plan's meeting places that have coordinates (geocoded), for the map. */
export async function listPlanPlacesOnMap(
  db: Db,
  { organisationId, planId }: { organisationId: string; planId: string },
) {
  const rows = await db
    .selectFrom('planPlace')
    .innerJoin('place', 'place.id', 'planPlace.placeId')
    .select([
      'place.id',
      'place.name',
      'place.category',
      'place.latitude',
      'place.longitude',
      'planPlace.topRank',
    ])
    .where('planPlace.planId', '=', planId)
    .where('planPlace.organisationId', '=', organisationId)
    .where('place.organisationId', '=', organisationId)
    .where('place.deletedAt', 'is', null)
    .where('place.latitude', 'is not', null)
    .where('place.longitude', 'is not', null)
    .orderBy('place.name')
    .execute();
  const ownCategories = await db
    .selectFrom('category')
    .select(['id', 'name'])
    .where('organisationId', '=', organisationId)
    .execute();
  const labelOf = (category: string) =>
    CATEGORIES.find((c) => c.key === category)?.label ??
    ownCategories.find((c) => c.id === category)?.name ??
    'Andere plek';
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    categoryLabel: labelOf(row.category),
    topRank: row.topRank,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
  }));
}
