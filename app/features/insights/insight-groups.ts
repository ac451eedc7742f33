// The board shows insights per theme, the biggest theme first. Themes are typed freely, so
// "Zwemles" and "zwemles " are one theme; the first spelling is the one shown.

export type Groupable = { kind: string; theme: string };

export type ThemeGroup<T extends Groupable> = {
  theme: string;
  items: T[];
  counts: Record<string, number>;
};

export const NO_THEME = 'Zonder thema';

export function groupByTheme<T extends Groupable>(insights: T[]): ThemeGroup<T>[] {
  const groups = new Map<string, ThemeGroup<T>>();
  for (const insight of insights) {
    const shown = insight.theme.trim().replace(/\s+/g, ' ');
    const key = shown.toLocaleLowerCase('nl');
    let group = groups.get(key);
    if (!group) {
      group = { theme: shown || NO_THEME, items: [], counts: {} };
      groups.set(key, group);
    }
    group.items.push(insight);
    group.counts[insight.kind] = (group.counts[insight.kind] ?? 0) + 1;
  }
  return [...groups.values()].sort((a, b) => {
    if (a.theme === NO_THEME || b.theme === NO_THEME) return a.theme === NO_THEME ? 1 : -1;
    return b.items.length - a.items.length || a.theme.localeCompare(b.theme, 'nl');
  });
}
