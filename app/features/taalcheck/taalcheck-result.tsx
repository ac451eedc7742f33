import type { TextCheck } from './check-text';
import { FINDING_KINDS } from './check-text';
import { explainScore, SCORES_EXPLAINED } from './explain-score';
import { FINDING_LABELS } from './finding-labels';
import { type Segment, segmentText } from './segments';

/** The checked text with every finding marked and numbered, and the list of findings. */
export function TaalcheckResult({
  text,
  result,
  title = 'Wat de taalcheck vond',
  id = 'uitslag',
}: {
  text: string;
  result: TextCheck;
  title?: string;
  id?: string;
}) {
  const findings = result.bevindingen.map((f, index) => ({ ...f, number: index + 1 }));
  const counts = FINDING_KINDS.map((kind) => ({
    kind,
    count: findings.filter((f) => f.soort === kind).length,
  })).filter((c) => c.count > 0);
  return (
    <section aria-labelledby={id} className="tc-result">
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      <dl className="tc-numbers">
        <div>
          <dt>Zinnen</dt>
          <dd>{result.zinnen}</dd>
        </div>
        <div>
          <dt>Woorden</dt>
          <dd>{result.woorden}</dd>
        </div>
        <div>
          <dt>Lettergrepen</dt>
          <dd>{result.lettergrepen}</dd>
        </div>
        <Score name="Flesch-Douma" score={result.fleschDouma} />
        <Score name="Leesindex Brouwer" score={result.brouwer} />
      </dl>
      <p className="tc-hint">{SCORES_EXPLAINED}</p>

      {findings.length === 0 ? (
        <p>
          De taalcheck vond niets om te verbeteren. Laat de tekst ook lezen door iemand uit de groep
          voor wie hij bedoeld is.
        </p>
      ) : (
        <>
          <p>
            {findings.length === 1 ? '1 punt' : `${findings.length} punten`} om naar te kijken:{' '}
            {counts
              .map((c) => `${c.count} × ${FINDING_LABELS[c.kind].toLocaleLowerCase('nl')}`)
              .join(', ')}
            . Elk punt heeft een nummer in de tekst.
          </p>
          <h3>Je tekst, met de punten gemarkeerd</h3>
          <div className="tc-text">
            {segmentText(text, result.bevindingen).map((segment, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed for one result.
              <SegmentView key={index} segment={segment} />
            ))}
          </div>
          <h3>De punten</h3>
          <ol className="tc-findings">
            {findings.map((f) => (
              <li
                key={f.number}
                id={`punt-${f.number}`}
                className={`tc-finding tc-finding--${f.soort}`}
              >
                <p>
                  <strong>{FINDING_LABELS[f.soort]}</strong>:{' '}
                  <q className="tc-quote">{shorten(text.slice(f.begin, f.eind))}</q>
                </p>
                <p>{f.uitleg}</p>
                {f.alternatief ? (
                  <p>
                    Liever: <strong>{f.alternatief}</strong>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Score({ name, score }: { name: string; score: number | null }) {
  const explained = explainScore(score);
  return (
    <div>
      <dt>{name}</dt>
      <dd>
        {score === null ? 'geen (te weinig tekst)' : score.toLocaleString('nl-NL')}
        {explained ? <span className="tc-score-text"> {explained.text}</span> : null}
      </dd>
    </div>
  );
}

function SegmentView({ segment }: { segment: Segment }) {
  const kinds = [...segment.words, ...segment.sentences].map((f) => `tc-mark--${f.soort}`);
  const refs = segment.ending.map((f) => (
    <a
      key={f.number}
      href={`#punt-${f.number}`}
      className="tc-ref"
      aria-label={`punt ${f.number}: ${FINDING_LABELS[f.soort].toLocaleLowerCase('nl')}`}
    >
      {f.number}
    </a>
  ));
  if (segment.words.length === 0 && segment.sentences.length === 0) {
    return (
      <>
        {segment.text}
        {refs}
      </>
    );
  }
  const Tag = segment.words.length > 0 ? 'mark' : 'span';
  return (
    <>
      <Tag className={['tc-mark', ...new Set(kinds)].join(' ')}>{segment.text}</Tag>
      {refs}
    </>
  );
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat;
}
