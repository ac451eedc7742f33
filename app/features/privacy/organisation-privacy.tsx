import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { FormErrorSummary, FormScope, TextField } from '~/components/form';
import { formatDateTime } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/organisation-privacy';
import { loadBeheerderContext } from './beheerder.server';
import { listJobRuns } from './job-run.server';
import { RETENTION_JOB } from './retention.server';
import { RETENTION_LIMITS, retentionSchema } from './retention-schema';
import { getRetentionMonths, setRetentionMonths } from './retention-settings.server';
import './privacy.css';

export async function loader({ request }: Route.LoaderArgs) {
  const { member, db } = await loadBeheerderContext(request);
  const scope = { organisationId: member.organisationId };
  const [lastRun] = await listJobRuns(db, { job: RETENTION_JOB, limit: 1 });
  return {
    organisationName: member.organisationName,
    retentionMonths: await getRetentionMonths(db, scope),
    lastRun: lastRun?.finishedAt ?? null,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { member, db } = await loadBeheerderContext(request);
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');

  if (intent === 'bewaartermijn') {
    const parsed = parseForm(retentionSchema, formData);
    if (!parsed.ok) {
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    }
    await setRetentionMonths(db, {
      organisationId: member.organisationId,
      months: parsed.data.retentionMonths,
    });
    return redirectWithFlash(request, '/organisatie', {
      kind: 'ok',
      text: `De bewaartermijn is nu ${parsed.data.retentionMonths} ${parsed.data.retentionMonths === 1 ? 'maand' : 'maanden'}.`,
    });
  }
  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

export default function OrganisationPrivacy({ loaderData }: Route.ComponentProps) {
  const { organisationName, retentionMonths, lastRun } = loaderData;
  return (
    <>
      <title>Privacy en gegevens – Ouders in de wijk</title>
      <h1>Privacy en gegevens</h1>
      <p className="lead">
        Als beheerder van {organisationName} zorg je dat de organisatie goed omgaat met gegevens
        over personen.
      </p>

      <section aria-labelledby="bewaartermijn">
        <h2 id="bewaartermijn">Bewaartermijn</h2>
        <p>
          Is een plan afgerond of gearchiveerd? Dan wist de app na de bewaartermijn de namen en
          andere gegevens over personen in dat plan. Wat je hebt gedaan en geleerd, blijft staan.
          Contactpersonen en sleutelfiguren die je alleen uit zulke plannen kent, gaan uit je
          contacten. De app kijkt elke dag.
        </p>
        <p>
          {lastRun
            ? `De app keek voor het laatst op ${formatDateTime(lastRun)}.`
            : 'De app heeft nog niet gekeken.'}
        </p>
        <FormScope intent="bewaartermijn" defaults={{ retentionMonths: String(retentionMonths) }}>
          <Form method="post" className="panel">
            <FormErrorSummary />
            <input type="hidden" name="intent" value="bewaartermijn" />
            <TextField
              name="retentionMonths"
              label="Bewaartermijn in maanden"
              description={`Van ${RETENTION_LIMITS.min} tot en met ${RETENTION_LIMITS.max} maanden. Bijvoorbeeld 12 voor een jaar.`}
              required
              inputMode="numeric"
              maxLength={4}
            />
            <Button type="submit" appearance="primary-action-button">
              Bewaartermijn opslaan
            </Button>
          </Form>
        </FormScope>
      </section>

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
