import { Button, FormLabel } from '@utrecht/component-library-react';
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import { getMember } from '~/features/auth/session.server';
import { loadMemberContext } from '~/features/plans/plan-context.server';
import { roleCan } from '~/features/teams/roles';
import { redirectWithFlash } from '~/lib/flash.server';
import { forbidden } from '~/lib/http.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/import-plan';
import { importPlanDocument } from './import.server';
import { MAX_PLAN_DOCUMENT_BYTES, readPlanDocumentText } from './plan-document';
import { readUploadedFile } from './upload.server';
import './import-plan.css';

type ImportFailure = { errors: string[]; fileName: string | null };

export async function loader({ request }: Route.LoaderArgs) {
  await loadMemberContext(request);
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  // Not requireMember: for a signed-out post it reads the whole body to keep the typed fields,
  // and a file cannot be kept anyway. Checking the session reads only the headers.
  const member = await getMember(request);
  if (!member) {
    throw redirect(`/inloggen?${new URLSearchParams({ terug: '/plannen/import' })}`);
  }
  // A leidinggevende reads the plans and does not make them.
  if (!roleCan(member.role, 'edit')) forbidden();

  const upload = await readUploadedFile(request, {
    field: 'file',
    maxBytes: MAX_PLAN_DOCUMENT_BYTES,
    maxLabel: '10 MB',
  });
  if (!upload.ok) {
    return data<ImportFailure>(
      { errors: [upload.message], fileName: null },
      { status: upload.status },
    );
  }
  const read = readPlanDocumentText(upload.text);
  if (!read.ok) {
    return data<ImportFailure>({ errors: read.errors, fileName: upload.fileName }, { status: 400 });
  }

  const { database } = await getRuntime();
  const planId = await importPlanDocument(database.db, {
    organisationId: member.organisationId,
    userId: member.userId,
    document: read.document,
  });
  const done = await redirectWithFlash(request, `/plannen/${planId}`, {
    kind: 'ok',
    text: `Het plan "${read.document.plan.title}" is geïmporteerd. Kijk alles nog even na.`,
  });
  // 303 See Other: after a post the browser fetches the new plan with GET.
  return new Response(null, { status: 303, headers: done.headers });
}

export default function ImportPlan({ actionData }: Route.ComponentProps) {
  const failure = actionData as ImportFailure | undefined;
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const errorId = 'veld-file-fout';
  return (
    <div className="import-plan">
      <title>Plan importeren – Ouders in de wijk</title>
      <h1>Plan importeren</h1>
      <p className="lead">
        Heb je een plandocument? Dan maak je daar hier een nieuw plan van. Een plandocument is een
        bestand dat eindigt op <code>.json</code>. Je krijgt het bij een plan met de knop
        &quot;Plandocument downloaden&quot;.
      </p>

      {failure ? (
        <div className="form-error-summary" role="alert" tabIndex={-1}>
          <p className="form-error-summary__title">
            {failure.fileName
              ? `Het bestand "${failure.fileName}" is niet geïmporteerd. Er is niets veranderd.`
              : 'Er is niets geïmporteerd. Er is niets veranderd.'}
          </p>
          <ul className="import-plan__errors">
            {failure.errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <Form method="post" encType="multipart/form-data" className="panel import-plan__form">
        <div
          className={`utrecht-form-field${failure ? ' utrecht-form-field--invalid' : ''}`}
          aria-busy={busy || undefined}
        >
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="veld-file">Plandocument (.json)</FormLabel>
          </div>
          <p className="utrecht-form-field-description" id="veld-file-uitleg">
            Hoogstens 10 MB.
          </p>
          {failure ? (
            <p className="utrecht-form-field-error-message" id={errorId}>
              {failure.fileName
                ? 'Kies een ander bestand, of pas dit bestand aan.'
                : failure.errors[0]}
            </p>
          ) : null}
          <div className="utrecht-form-field__input">
            <input
              type="file"
              id="veld-file"
              name="file"
              accept=".json,application/json"
              required
              className="import-plan__file"
              aria-invalid={failure ? true : undefined}
              aria-describedby={failure ? `veld-file-uitleg ${errorId}` : 'veld-file-uitleg'}
            />
          </div>
        </div>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {busy ? 'Bezig met importeren…' : 'Plan importeren'}
        </Button>
      </Form>

      <h2>Wat gebeurt er?</h2>
      <ul className="import-plan__facts">
        <li>
          Je krijgt een nieuw plan met alles uit het bestand: de stappen, de ontmoetingsplekken, de
          bezoeken, wat je hebt geleerd en de terugkoppeling.
        </li>
        <li>
          De ontmoetingsplekken komen als nieuwe plekken bij je organisatie. Plekken die je al had,
          blijven zoals ze zijn. Staat een plek er nu twee keer in? Dan kun je er een weggooien.
        </li>
        <li>Je andere plannen veranderen niet.</li>
        <li>
          Klopt er iets niet in het bestand? Dan wordt er niets geïmporteerd. Je ziet dan wat er mis
          is.
        </li>
      </ul>
      <p>
        Let op: een plandocument bevat namen en telefoonnummers van contactpersonen. Bewaar het
        bestand op een veilige plek, en gooi het weg als je het niet meer nodig hebt.
      </p>
      <p>
        <Link to="/plannen">Terug naar de plannen</Link>
      </p>
    </div>
  );
}
