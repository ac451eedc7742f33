import { Link } from 'react-router';
import type { Route } from './+types/organisation-privacy';
import { loadBeheerderContext } from './beheerder.server';
import './privacy.css';

export async function loader({ request }: Route.LoaderArgs) {
  const { member } = await loadBeheerderContext(request);
  return { organisationName: member.organisationName };
}

export default function OrganisationPrivacy({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <title>Privacy en gegevens – Ouders in de wijk</title>
      <h1>Privacy en gegevens</h1>
      <p className="lead">
        Als beheerder van {loaderData.organisationName} zorg je dat de organisatie goed omgaat met
        gegevens over personen.
      </p>

      <section aria-labelledby="auditlog">
        <h2 id="auditlog">Wie deed wat met gegevens?</h2>
        <p>
          In het auditlog staat wie gegevens over contactpersonen en sleutelfiguren heeft gemaakt,
          gewijzigd, bekeken, geëxporteerd of gewist.
        </p>
        <p>
          <Link to="/organisatie/auditlog">Auditlog bekijken</Link>
        </p>
      </section>

      <section aria-labelledby="alles-opslaan">
        <h2 id="alles-opslaan">Alles opslaan</h2>
        <p>
          Sla alle gegevens van je organisatie op in één bestand (JSON): alle plannen, de contacten,
          de instellingen en de namen en e-mailadressen van je collega’s. Wachtwoorden staan er niet
          in. Het bestand bevat persoonsgegevens: bewaar het op een veilige plek.
        </p>
        <p>
          <a href="/organisatie/export.json" download>
            Alle gegevens van de organisatie opslaan (JSON)
          </a>
        </p>
      </section>
    </>
  );
}
