import { Link } from 'react-router';
import type { MethodAdvice } from '~/features/methods/choose-methods';
import { METHOD_GUIDE } from '~/features/methods/method-guide';

/** Step 5: the methods that fit the parents of step 1, why, and the way to the method guide. */
export function MethodAdvicePanel({ advice, planId }: { advice: MethodAdvice; planId: string }) {
  return (
    <section aria-labelledby="advies" className="no-print s1256-advice">
      <h2 id="advies">Welke werkvorm past bij deze ouders?</h2>
      {advice.needsStepOne ? (
        <p>
          Vul eerst <Link to={`/plannen/${planId}/stap/1`}>stap 1</Link> in: wat je wilt leren en
          welke ouders je zoekt. Dan zie je hier welke werkvormen passen.
        </p>
      ) : advice.suggestions.length === 0 ? (
        <p>
          Uit stap 1 volgt geen duidelijk advies. Kijk in de gids welke werkvorm bij jouw ouders
          past.
        </p>
      ) : (
        <>
          <p>Dit advies komt uit wat je in stap 1 invulde.</p>
          <ul className="s1256-suggestions">
            {advice.suggestions.map((s) => (
              <li key={s.method}>
                <Link to={`/werkvormen#${s.method}`}>
                  <strong>{s.title}</strong>
                </Link>
                : {s.why}
              </li>
            ))}
          </ul>
        </>
      )}
      {advice.warnings.length > 0 ? (
        <div className="s1256-warnings">
          <h3>Let op</h3>
          <ul>
            {advice.warnings.map((w) => (
              <li key={w.method}>
                <strong>{w.title}</strong>: {w.why}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3>Alle werkvormen</h3>
      <ul>
        {METHOD_GUIDE.map((m) => (
          <li key={m.key}>
            <Link to={`/werkvormen#${m.key}`}>{m.title}</Link>: {m.summary}
          </li>
        ))}
      </ul>
      <p>
        In de <Link to="/werkvormen">gids met werkvormen</Link> lees je per werkvorm wanneer hij
        past, hoeveel tijd hij kost, wat je voorbereidt en waar je op let.
      </p>
    </section>
  );
}
