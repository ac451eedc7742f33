import './planning.css';
import { Button } from '@utrecht/component-library-react';
import { data, Form, Link, useActionData } from 'react-router';
import { loadMemberContext } from '~/features/plans/plan-context.server';
import { formatDateTime } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/calendar-subscription';
import { getCalendarFeed, renewCalendarFeed, stopCalendarFeed } from './calendar-feed.server';

export async function loader({ request }: Route.LoaderArgs) {
  const { member, db } = await loadMemberContext(request);
  const feed = await getCalendarFeed(db, member);
  return { madeAt: feed?.createdAt ?? null };
}

export async function action({ request }: Route.ActionArgs) {
  const { member, db } = await loadMemberContext(request, { needs: 'read' });
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');

  if (intent === 'nieuw-adres') {
    const token = await renewCalendarFeed(db, member);
    const { config } = await getRuntime();
    // Shown once, in this answer: only a hash is stored, so the address cannot be shown again.
    return data({ address: `${config.baseUrl}/agenda/${token}.ics` });
  }
  if (intent === 'stoppen') {
    await stopCalendarFeed(db, member);
    return redirectWithFlash(request, '/agenda', {
      kind: 'ok',
      text: 'Het abonnement is gestopt. Het oude adres werkt niet meer.',
    });
  }
  return data({ address: null }, { status: 400 });
}

export default function CalendarSubscription({ loaderData }: Route.ComponentProps) {
  const { madeAt } = loaderData;
  const result = useActionData<typeof action>();
  const address = result?.address ?? null;
  return (
    <>
      <title>Agenda-abonnement – Ouders in de wijk</title>
      <h1>Je planning in je eigen agenda</h1>
      <div className="guidance">
        <p>
          Met een agenda-abonnement zie je de contactmomenten, bezoeken en bijeenkomsten van al je
          actieve plannen in Outlook, Google Agenda of de agenda op je telefoon. Verandert er iets
          in de planning? Dan past je agenda zich vanzelf aan. Dat kan een paar uur duren.
        </p>
        <p>
          Het adres is geheim. Iedereen met dit adres kan je planning zien. Deel het dus niet. Heb
          je het adres per ongeluk gedeeld? Maak dan een nieuw adres. Het oude adres werkt daarna
          niet meer.
        </p>
      </div>

      {address ? (
        <section aria-labelledby="nieuw-adres" className="panel">
          <h2 id="nieuw-adres">Je nieuwe adres</h2>
          <p>
            Kopieer dit adres nu. Je ziet het maar één keer. Ben je het kwijt? Maak dan een nieuw
            adres.
          </p>
          <label htmlFor="agenda-adres" className="visually-hidden">
            Adres van je agenda-abonnement
          </label>
          <input
            id="agenda-adres"
            className="utrecht-textbox utrecht-textbox--html-input agenda-address"
            readOnly
            value={address}
          />
          <h3>Zo voeg je het toe</h3>
          <ul>
            <li>
              Outlook: kies <em>Agenda toevoegen</em> en dan <em>Abonneren vanaf internet</em>. Plak
              het adres.
            </li>
            <li>
              Google Agenda: kies bij <em>Andere agenda's</em> het plusteken en dan <em>Via URL</em>
              . Plak het adres.
            </li>
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="abonnement">
        <h2 id="abonnement">Je abonnement</h2>
        {madeAt ? (
          <p>Je hebt een adres. Je hebt het gemaakt op {formatDateTime(madeAt)}.</p>
        ) : (
          <p>Je hebt nog geen adres.</p>
        )}
        <div className="actions">
          <Form method="post">
            <input type="hidden" name="intent" value="nieuw-adres" />
            <Button type="submit" appearance="primary-action-button">
              {madeAt ? 'Maak een nieuw adres' : 'Maak een adres'}
            </Button>
          </Form>
          {madeAt ? (
            <Form method="post">
              <input type="hidden" name="intent" value="stoppen" />
              <Button type="submit" appearance="secondary-action-button">
                Stop het abonnement
              </Button>
            </Form>
          ) : null}
        </div>
        {madeAt ? <p>Maak je een nieuw adres, dan werkt het oude adres meteen niet meer.</p> : null}
      </section>
      <p>
        <Link to="/plannen">Terug naar je plannen</Link>
      </p>
    </>
  );
}
