import type { Db } from '~/lib/db/database.server';
import { listCategories, listPlanPlaces, type PlanPlace } from './places.server';

export type CardCategory = { key: string; label: string; builtIn: boolean; places: PlanPlace[] };

/**
 * The cards of a plan's overzichtskaart: the nine built-in categories, then the organisation's
 * own ones, each with the plan's places (top 3 first). Places whose category is unknown (it
 * should not happen, but data can be imported) get a card of their own at the end.
 */
export async function listCardCategories(
  db: Db,
  scope: { organisationId: string; planId: string },
): Promise<CardCategory[]> {
  const categories = await listCategories(db, scope);
  const places = await listPlanPlaces(db, scope);
  const known = new Set(categories.map((c) => c.key));
  const cards: CardCategory[] = categories.map((category) => ({
    ...category,
    places: sortPlaces(places.filter((p) => p.category === category.key)),
  }));
  const orphans = places.filter((p) => !known.has(p.category));
  if (orphans.length > 0) {
    cards.push({ key: 'overig', label: 'Overige plekken', builtIn: false, places: orphans });
  }
  return cards;
}

// The same order on SQLite and PostgreSQL (their collations differ): Dutch, "nummer 2" before
// "nummer 10".
const byName = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

function sortPlaces(places: PlanPlace[]): PlanPlace[] {
  return [...places].sort(
    (a, b) => (a.topRank ?? 4) - (b.topRank ?? 4) || byName.compare(a.name, b.name),
  );
}
