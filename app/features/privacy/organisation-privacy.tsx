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
    </>
  );
}
