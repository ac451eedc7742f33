// Finds the columns of our figures in CBS OData metadata by name: the Key without the number CBS
// puts after it, or the title. CBS renumbers columns between versions of a table
// (GemiddeldInkomenPerInwoner_83 became _78), so the number is never used.
import { FIGURE_KEYS, FIGURES, type FigureKey } from './figures';

export type ColumnInfo = { key: string; title: string; type?: string };

const stripNumber = (key: string) => key.replace(/_\d+$/, '').toLowerCase();
const normalTitle = (title: string) => title.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Our figure → the column holding it. When a name occurs more than once (CBS has three columns
 * called "Buiten Europa": by origin, then by place of birth) the first in table order wins.
 */
export function resolveColumns(columns: readonly ColumnInfo[]): Partial<Record<FigureKey, string>> {
  const topics = columns.filter((c) => c.type === undefined || c.type === 'Topic');
  const resolved: Partial<Record<FigureKey, string>> = {};
  for (const figure of FIGURE_KEYS) {
    const { odataKeys, odataTitles } = FIGURES[figure];
    const keys = odataKeys.map((k) => k.toLowerCase());
    const byKey = topics.find((c) => keys.includes(stripNumber(c.key)));
    const byTitle = byKey ?? topics.find((c) => odataTitles.includes(normalTitle(c.title)));
    if (byTitle !== undefined) resolved[figure] = byTitle.key;
  }
  return resolved;
}
