import type { Finding } from './check-text';
import { SENTENCE_KINDS } from './finding-labels';

export type NumberedFinding = Finding & { number: number };

export type Segment = {
  text: string;
  /** Findings about words that cover this piece. */
  words: NumberedFinding[];
  /** Findings about whole sentences that cover this piece. */
  sentences: NumberedFinding[];
  /** Findings that end right after this piece: their number is shown here. */
  ending: NumberedFinding[];
};

/**
 * Cuts a text into pieces at every start and end of a finding, so that overlapping findings
 * (a long word inside a long sentence) can all be marked.
 */
export function segmentText(text: string, findings: Finding[]): Segment[] {
  const numbered = findings.map((f, index) => ({ ...f, number: index + 1 }));
  const cuts = new Set<number>([0, text.length]);
  for (const f of numbered) {
    cuts.add(Math.max(0, Math.min(text.length, f.begin)));
    cuts.add(Math.max(0, Math.min(text.length, f.eind)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starting = groupBy(numbered, (f) => f.begin);
  const ending = groupBy(numbered, (f) => f.eind);
  // One sweep from left to right keeps a 20,000-character text with many findings quick.
  let open: NumberedFinding[] = [];
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    open = open.filter((f) => f.eind > from).concat(starting.get(from) ?? []);
    const covering = open.filter((f) => f.eind >= to).sort((a, b) => a.number - b.number);
    segments.push({
      text: text.slice(from, to),
      words: covering.filter((f) => !SENTENCE_KINDS.includes(f.soort)),
      sentences: covering.filter((f) => SENTENCE_KINDS.includes(f.soort)),
      ending: ending.get(to) ?? [],
    });
  }
  return segments;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}
