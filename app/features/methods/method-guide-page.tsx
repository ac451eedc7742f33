import { Link } from 'react-router';
import { METHOD_GUIDE, type MethodGuide } from './method-guide';
import './method-guide.css';

// The method guide: public, since it holds no data of anyone and colleagues may share it.

export default function MethodGuidePage() {
  return (
    <div className="mg-page">
      <title>Werkvormen – Ouders in de wijk</title>
      <h1>Werkvormen: zo werk je samen met ouders</h1>
      <p>
        Er zijn veel manieren om met ouders samen te werken. Op deze pagina lees je per werkvorm wat
        het is en wanneer het past. Je leest ook hoeveel ouders meedoen, hoeveel tijd het kost, wat
        je voorbereidt, wie wat doet en waar je op let.
      </p>
      <p>
        Welke werkvorm past bij jouw ouders? Stap 5 van je plan geeft een advies. Dat advies komt
        uit wat je in stap 1 hebt ingevuld.
      </p>

      <nav aria-labelledby="mg-inhoud" className="mg-toc">
        <h2 id="mg-inhoud">Op deze pagina</h2>
        <ul>
          {METHOD_GUIDE.map((method) => (
            <li key={method.key}>
              <a href={`#${method.key}`}>{method.title}</a>: {method.summary}
            </li>
          ))}
          <li>
            <a href="#altijd">Bij elke werkvorm</a>
          </li>
        </ul>
      </nav>

      {METHOD_GUIDE.map((method) => (
        <MethodSection key={method.key} method={method} />
      ))}

      <section aria-labelledby="altijd" className="mg-method">
        <h2 id="altijd">Bij elke werkvorm</h2>
        <ul>
          <li>Schrijf op wat ouders vertellen, niet wie het vertelt. Schrijf geen namen op.</li>
          <li>Vertel ouders vooraf wat je met hun verhalen en ideeën doet.</li>
          <li>
            Plan op tijd hoe ouders horen wat er met hun inbreng gebeurt. Dat doe je in stap 6.
          </li>
          <li>
            Controleer uitnodigingen en vragen met de <Link to="/taalcheck">taalcheck</Link>.
          </li>
          <li>Beloof alleen wat je waar kunt maken.</li>
        </ul>
      </section>
    </div>
  );
}

function MethodSection({ method }: { method: MethodGuide }) {
  const headingId = method.key;
  return (
    <section aria-labelledby={headingId} className="mg-method">
      <h2 id={headingId} tabIndex={-1}>
        {method.title}
      </h2>
      <h3>Wat is het?</h3>
      {method.what.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <h3>Wanneer past het?</h3>
      <ul>
        {method.whenItFits.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <dl className="mg-facts">
        <div>
          <dt>Hoeveel ouders</dt>
          <dd>{method.groupSize}</dd>
        </div>
        <div>
          <dt>Hoeveel tijd</dt>
          <dd>{method.time}</dd>
        </div>
      </dl>
      <h3>Wat bereid je voor?</h3>
      <ul className="mg-checklist">
        {method.prepare.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>Wie doet wat?</h3>
      <ul>
        {method.roles.map((r) => (
          <li key={r.role}>
            <strong>{r.role}</strong>: {r.task}
          </li>
        ))}
      </ul>
      <h3>Let op</h3>
      <ul>
        {method.pitfalls.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="mg-top no-print">
        <a href="#mg-inhoud">Terug naar de lijst met werkvormen</a>
      </p>
    </section>
  );
}
