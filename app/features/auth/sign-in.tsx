import { Button } from '@utrecht/component-library-react';
import { data, Form, Link, redirect } from 'react-router';
import { FormErrorSummary, TextField } from '~/components/form';
import { getConfig } from '~/lib/config.server';
import { parseForm } from '~/lib/forms';
import { mailConfigured } from '~/lib/mail.server';
import type { Route } from './+types/sign-in';
import { callAuth, cookieHeaders, returnAddress, safeReturnPath } from './auth-call.server';
import { AUTH_LIMITS, signInSchema } from './auth-schemas';
import { getMember } from './session.server';

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const back = safeReturnPath(url.searchParams.get('terug'));
  const kept = url.searchParams.get('formulier');
  if (await getMember(request)) throw redirect(back);
  return {
    back,
    kept,
    expired: url.searchParams.has('terug'),
    canReset: mailConfigured(),
    oidcName: getConfig().oidc?.name ?? null,
    oidcFailed: url.searchParams.get('fout') === 'oidc',
  };
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.ok) {
    delete parsed.values.password;
    return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  }

  const { email, password, terug, formulier } = parsed.data;
  const result = await callAuth(request, '/sign-in/email', { email, password });
  if (!result.ok) {
    const message =
      result.status === 429
        ? 'Je hebt het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.'
        : 'Het e-mailadres of het wachtwoord klopt niet.';
    return data(
      {
        errors: { password: message },
        values: { email, terug: terug ?? '', formulier: formulier ?? '' },
      },
      { status: result.status === 429 ? 429 : 400 },
    );
  }

  const headers = cookieHeaders(result.setCookies);
  if (result.payload?.twoFactorRedirect === true) {
    // Password right; the code from the authenticator app comes next, on a page of its own.
    const next = new URLSearchParams({ terug: safeReturnPath(terug) });
    if (formulier) next.set('formulier', formulier);
    return redirect(`/inloggen/code?${next}`, { headers });
  }
  return redirect(returnAddress(terug, formulier), { headers });
}

export default function SignIn({ loaderData }: Route.ComponentProps) {
  return (
    <div className="narrow">
      <title>Inloggen – Ouders in de wijk</title>
      <h1>Inloggen</h1>
      {loaderData.expired ? (
        <p className="flash flash--warning" role="status">
          {loaderData.kept
            ? 'Je was te lang niet actief en bent uitgelogd. Wat je had ingevuld is bewaard. Log in, dan krijg je het formulier terug.'
            : 'Log in om verder te gaan.'}
        </p>
      ) : null}
      {loaderData.oidcFailed ? (
        <p className="flash flash--error" role="alert">
          Inloggen met {loaderData.oidcName ?? 'je organisatie-account'} lukte niet. Probeer het
          opnieuw, of log in met je e-mailadres en wachtwoord. Heb je nog geen account? Vraag dan
          een uitnodiging aan de beheerder van je team.
        </p>
      ) : null}
      {loaderData.oidcName ? (
        <Form method="post" action="/inloggen/oidc" className="sign-in-oidc">
          <input type="hidden" name="terug" value={loaderData.back} />
          <Button type="submit" appearance="secondary-action-button">
            {`Inloggen met ${loaderData.oidcName}`}
          </Button>
          <p>Of log hieronder in met je e-mailadres en wachtwoord.</p>
        </Form>
      ) : null}
      <Form method="post">
        <FormErrorSummary />
        <input type="hidden" name="terug" value={loaderData.back} />
        {loaderData.kept ? <input type="hidden" name="formulier" value={loaderData.kept} /> : null}
        <TextField
          name="email"
          label="E-mailadres"
          type="email"
          required
          maxLength={AUTH_LIMITS.email}
          autoComplete="username"
        />
        <TextField
          name="password"
          label="Wachtwoord"
          type="password"
          required
          maxLength={AUTH_LIMITS.password}
          autoComplete="current-password"
        />
        <Button type="submit" appearance="primary-action-button">
          Inloggen
        </Button>
      </Form>
      {loaderData.canReset ? (
        <p>
          <Link to="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
        </p>
      ) : null}
      <p>
        Nog geen account? <Link to="/registreren">Maak een account</Link>.
      </p>
    </div>
  );
}
