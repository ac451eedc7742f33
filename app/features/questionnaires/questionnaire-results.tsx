import { Link } from 'react-router';
import { languageName } from '~/features/insights/languages';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import type { Route } from './+types/questionnaire-results';
import { getQuestionnaire, listQuestions, listResponses } from './questionnaires.server';
import { kindLabel } from './questions';
import { countResults, percentage, type QuestionResult } from './results';
import './questionnaires.css';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const questionnaire = await getQuestionnaire(db, {
    ...scope,
    questionnaireId: params.questionnaireId,
  });
  const input = { ...scope, questionnaireId: questionnaire.id };
  const questions = await listQuestions(db, input);
  const responses = await listResponses(db, input);
  const languages = new Map<string, number>();
  for (const r of responses) languages.set(r.language, (languages.get(r.language) ?? 0) + 1);
  return {
    plan: { id: plan.id, title: plan.title },
    questionnaire: { id: questionnaire.id, title: questionnaire.title },
    total: responses.length,
    onPaper: responses.filter((r) => r.source === 'papier').length,
    languages: [...languages].map(([code, count]) => ({ name: languageName(code), count })),
    results: countResults(questions, responses),
    contacts: responses.filter((r) => r.contact !== '').map((r) => r.contact),
  };
}

export default function QuestionnaireResults({ loaderData }: Route.ComponentProps) {
  const { plan, questionnaire, total, onPaper, languages, results, contacts } = loaderData;
  const pageUrl = `/plannen/${plan.id}/vragenlijsten/${questionnaire.id}`;
  return (
    <>
      <title>{`Uitslag – ${questionnaire.title} – Ouders in de wijk`}</title>
      <p className="no-print">
        <Link to={pageUrl}>Terug naar de vragenlijst</Link>
      </p>
      <h1>Uitslag: {questionnaire.title}</h1>
      <p>
        {total === 1
          ? '1 ouder vulde de vragenlijst in'
          : `${total} ouders vulden de vragenlijst in`}
        {total > 0 ? ` (${total - onPaper} online, ${onPaper} op papier)` : ''}.
        {languages.length > 0
          ? ` Talen: ${languages.map((l) => `${l.name} ${l.count}`).join(', ')}.`
          : ''}
      </p>
      <p className="no-print">
        Opslaan als <a href={`${pageUrl}/export/antwoorden.xlsx`}>Excel (.xlsx)</a> of{' '}
        <a href={`${pageUrl}/export/antwoorden.csv`}>CSV</a>: elke ingevulde vragenlijst op een
        eigen regel.
      </p>
      <p className="no-print">
        Wat leer je hiervan? Zet het op het{' '}
        <Link to={`/plannen/${plan.id}/inzichten`}>bord met inzichten</Link>, met als bron
        ‘vragenlijst’. Zo kun je het later aan de ouders terugkoppelen.
      </p>
      {results.length === 0 ? <p>Deze vragenlijst heeft nog geen vragen.</p> : null}
      {results.map((result, index) => (
        <ResultSection key={result.question.id} result={result} number={index + 1} />
      ))}
      {contacts.length > 0 ? (
        <section aria-labelledby="contact">
          <h2 id="contact">Ouders die contact willen</h2>
          <p>
            Deze ouders gaven toestemming om contact op te nemen. Gebruik het alleen daarvoor, en
            verwijder de vragenlijst als je klaar bent.
          </p>
          <ul>
            {contacts.map((contact, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two parents may write the same.
              <li key={index}>{contact}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

const LABEL_WIDTH = 170;
const BAR_WIDTH = 200;
const ROW_HEIGHT = 30;

/** The chart's own label; the table beside it has the whole text. */
function shortLabel(label: string): string {
  return label.length > 22 ? `${label.slice(0, 21)}…` : label;
}

function ResultSection({ result, number }: { result: QuestionResult; number: number }) {
  const headingId = `vraag-${result.question.id}`;
  const most = Math.max(1, ...result.counts.map((c) => c.count));
  return (
    <section aria-labelledby={headingId} className="vl-result panel">
      <h2 id={headingId} className="vl-result__question">
        {number}. {result.question.text}
      </h2>
      <p className="vl-result__meta">
        {kindLabel(result.question.kind)}. {result.answered}{' '}
        {result.answered === 1 ? 'antwoord' : 'antwoorden'}
        {result.skipped > 0 ? `, ${result.skipped} keer overgeslagen` : ''}.
      </p>
      {result.question.kind === 'open' ? (
        result.openAnswers.length === 0 ? (
          <p>Nog geen antwoorden.</p>
        ) : (
          <ul className="vl-result__open">
            {result.openAnswers.map((answer, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: answers can repeat word for word.
              <li key={index}>{answer}</li>
            ))}
          </ul>
        )
      ) : (
        <div className="vl-result__body">
          <svg
            className="vl-chart"
            role="img"
            aria-labelledby={`${headingId}-grafiek`}
            viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 40} ${result.counts.length * ROW_HEIGHT}`}
            width={LABEL_WIDTH + BAR_WIDTH + 40}
            height={result.counts.length * ROW_HEIGHT}
          >
            <title id={`${headingId}-grafiek`}>
              {`Staafdiagram: ${result.counts.map((c) => `${c.label} ${c.count}`).join(', ')}`}
            </title>
            {result.counts.map((c, row) => (
              <g key={c.value} transform={`translate(0 ${row * ROW_HEIGHT})`}>
                <text x={LABEL_WIDTH - 8} y={ROW_HEIGHT / 2 + 5} textAnchor="end">
                  {shortLabel(c.label)}
                </text>
                <rect
                  x={LABEL_WIDTH}
                  y="4"
                  width={Math.max(2, (c.count / most) * BAR_WIDTH)}
                  height={ROW_HEIGHT - 8}
                  className={c.value === 'weet-niet' ? 'vl-chart__bar--dont-know' : 'vl-chart__bar'}
                />
                <text
                  x={LABEL_WIDTH + Math.max(2, (c.count / most) * BAR_WIDTH) + 6}
                  y={ROW_HEIGHT / 2 + 5}
                >
                  {c.count}
                </text>
              </g>
            ))}
          </svg>
          <table className="vl-result__table">
            <caption className="visually-hidden">Antwoorden op vraag {number}</caption>
            <thead>
              <tr>
                <th scope="col">Antwoord</th>
                <th scope="col">Aantal</th>
                <th scope="col">Procent</th>
              </tr>
            </thead>
            <tbody>
              {result.counts.map((c) => (
                <tr key={c.value}>
                  <th scope="row">{c.label}</th>
                  <td>{c.count}</td>
                  <td>{percentage(c.count, result.answered)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
