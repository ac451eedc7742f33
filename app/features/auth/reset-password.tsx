import { Button } from '@utrecht/component-library-react';
import { data, Form, isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { FormErrorSummary, TextField } from '~/components/form';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import { limitPublicRequest, PUBLIC_PAGE_LIMITS } from '~/lib/request-limit.server';
import { getRuntime } from '~/lib/runtime.server';
import { ErrorPage } from '~/root';
import type { Route } from './+types/reset-password';
import { callAuth } from './auth-call.server';
import { AUTH_LIMITS, resetPasswordSchema } from './auth-schemas';
import { isResetTokenOpen } from './password-reset.server';
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from './password-rules.server';

const LINK_GONE =
  'Deze link werkt niet meer. Hij is al gebruikt of te oud. Vraag een nieuwe link aan.';

export async function loader({ request, params }: Route.LoaderArgs) {
  await limitPublicRequest(request, PUBLIC_PAGE_LIMITS.passwordReset);
  const { auth } = await getRuntime();
  // A used, old or made-up link is not found, like any other address with a wrong token.
  if (!(await isResetTokenOpen(auth, params.token))) notFound();
  return {};
}

export async function action({ request, params }: Route.ActionArgs) {
  await limitPublicRequest(request, PUBLIC_PAGE_LIMITS.passwordReset);
  const { auth } = await getRuntime();
  if (!(await isResetTokenOpen(auth, params.token))) notFound();
  const formData = await request.formData();
  const parsed = parseForm(resetPasswordSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: {} }, { status: 400 });
  if (isCommonPassword(parsed.data.newPassword)) {
    return data({ errors: { newPassword: COMMON_PASSWORD_MESSAGE }, values: {} }, { status: 400 });
  }

  const result = await callAuth(request, '/reset-password', {
    token: params.token,
    newPassword: parsed.data.newPassword,
  });
  if (!result.ok) {
    const message =
      result.status === 429
        ? 'Je hebt het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.'
        : result.code === 'PASSWORD_TOO_COMMON'
          ? COMMON_PASSWORD_MESSAGE
          : result.code === 'PASSWORD_TOO_SHORT' || result.code === 'PASSWORD_TOO_LONG'
            ? 'Kies een wachtwoord van 10 tot 128 tekens.'
            : LINK_GONE;
    return data(
      { errors: { newPassword: message }, values: {} },
      { status: result.status === 429 ? 429 : 400 },
    );
  }
  return redirectWithFlash(request, '/inloggen', {
    kind: 'ok',
    text: 'Je wachtwoord is veranderd. Log in met je nieuwe wachtwoord.',
  });
}

export default function ResetPassword() {
  return (
    <div className="narrow">
      <title>Nieuw wachtwoord kiezen – Ouders in de wijk</title>
      <h1>Nieuw wachtwoord kiezen</h1>

      <p>
        Kies een wachtwoord van minstens 10 tekens. Een zin van een paar woorden is makkelijk te
        onthouden en moeilijk te raden. Na het opslaan ben je overal uitgelogd.
      </p>
      <Form method="post">
        <FormErrorSummary />
        <TextField
          name="newPassword"
          label="Nieuw wachtwoord"
          type="password"
          required
          maxLength={AUTH_LIMITS.password}
          autoComplete="new-password"
        />
        <TextField
          name="repeatPassword"
          label="Nieuw wachtwoord nog een keer"
          type="password"
          required
          maxLength={AUTH_LIMITS.password}
          autoComplete="new-password"
        />
        <Button type="submit" appearance="primary-action-button">
          Wachtwoord opslaan
        </Button>
      </Form>

      <p>
        <Link to="/wachtwoord-vergeten">Nieuwe link aanvragen</Link> ·{' '}
        <Link to="/inloggen">Inloggen</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error) || error.status !== 404) return <ErrorPage error={error} />;
  return (
    <div className="narrow">
      <title>Link werkt niet meer – Ouders in de wijk</title>
      <h1>Nieuw wachtwoord kiezen</h1>
      <p className="panel">{LINK_GONE}</p>
      <p>
        <Link to="/wachtwoord-vergeten">Nieuwe link aanvragen</Link> ·{' '}
        <Link to="/inloggen">Inloggen</Link>
      </p>
    </div>
  );
}
