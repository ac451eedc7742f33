import type { TextCheck } from '~/features/taalcheck/check-text';
import { FINDING_LABELS } from '~/features/taalcheck/finding-labels';

/** The plain-language check of one question, short enough to stand under each question. */
export function QuestionCheck({ text, check }: { text: string; check: TextCheck }) {
  if (check.bevindingen.length === 0) {
    return <p className="vl-check vl-check--ok">Taalcheck: niets gevonden.</p>;
  }
  return (
    <div className="vl-check">
      <p>Taalcheck:</p>
      <ul>
        {check.bevindingen.map((finding) => {
          const part = text.slice(finding.begin, finding.eind);
          const quote = part.length <= 40 && !finding.uitleg.includes(part) ? ` ‘${part}’` : '';
          return (
            <li key={`${finding.soort}-${finding.begin}`}>
              <strong>{FINDING_LABELS[finding.soort]}</strong>
              {quote}: {finding.uitleg}
              {finding.alternatief ? ` Beter: ‘${finding.alternatief}’.` : ''}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
