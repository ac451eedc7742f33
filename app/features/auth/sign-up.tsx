import { Button } from '@utrecht/component-library-react';
import { data, Form, Link, redirect } from 'react-router';
import { FormErrorSummary, TextField } from '~/components/form';
import { findOpenInvite } from '~/features/teams/teams.server';
import { getConfig } from '~/lib/config.server';
import { parseForm } from '~/lib/forms';
import { limitPublicRequest, PUBLIC_PAGE_LIMITS } from '~/lib/request-limit.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/sign-up';
import { callAuth, cookieHeaders } from './auth-call.server';
import { AUTH_LIMITS, signUpSchema } from './auth-schemas';
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from './password-rules.server';
import { getMember } from './session.server';

/** The open invitation named in the address (`?uitnodiging=`), if any. */
async function inviteFor(request: Request) {
  const token = new URL(request.url).searchParams.get('uitnodiging');
  if (!token) return null;
  await limitPublicRequest(request, PUBLIC_PAGE_LIMITS.invitation);
  const { database } = await getRuntime();
  const invite = await findOpenInvite(database.db, database.raw, { token });
  return invite ? { token, invite } : null;
}

export async function loader({ request }: Route.LoaderArgs) {
  const invited = await inviteFor(request);
  if (await getMember(request)) {
    throw redirect(invited ? `/uitnodiging/${invited.token}` : '/plannen');
  }
  return {
    open: getConfig().signup === 'open' || invited !== null,
    invite: invited
      ? { kind: invited.invite.kind, organisationName: invited.invite.organisationName }
      : null,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const invited = await inviteFor(request);
  if (getConfig().signup !== 'open' && !invited) {
    // Sign-up is closed: a post here is forbidden, not a form mistake.
    throw data(null, { status: 403 });
  }
  const formData = await request.formData();
  const parsed = parseForm(signUpSchema, formData);
  if (!parsed.ok) {
    delete parsed.values.password;
    return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  }

  if (isCommonPassword(parsed.data.password)) {
    const { password: _password, ...values } = parsed.data;
    return data({ errors: { password: COMMON_PASSWORD_MESSAGE }, values }, { status: 400 });
  }

  const result = await callAuth(request, '/sign-up/email', {
    ...parsed.data,
    ...(invited ? { invitation: invited.token } : {}),
  });
  if (!result.ok) {
    const { password: _password, ...values } = parsed.data;
    const message =
      result.code === 'USER_ALREADY_EXISTS' ||
      result.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL'
        ? 'Er is al een account met dit e-mailadres. Log in of gebruik een ander e-mailadres.'
        : result.status === 429
          ? 'Je hebt het te vaak geprobeerd. Wacht een minuut en probeer het opnieuw.'
          : 'Het maken van je account is niet gelukt. Probeer het opnieuw.';
    return data(
      { errors: { email: message }, values },
      { status: result.status === 429 ? 429 : 400 },
    );
  }

  const headers = cookieHeaders(result.setCookies);
  if (invited?.invite.kind === 'team') return redirect('/plannen', { headers });
  if (invited) return redirect(`/uitnodiging/${invited.token}`, { headers });
  return redirect('/plannen/nieuw', { headers });
}

export default function SignUp({ loaderData }: Route.ComponentProps) {
  return (
    <div className="narrow">
      <title>Account maken – Ouders in de wijk</title>
      <h1>Account maken</h1>
      {loaderData.open ? (
        <>
          {loaderData.invite?.kind === 'team' ? (
            <p>
              Je bent uitgenodigd voor het team van {loaderData.invite.organisationName}. Met dit
              account werk je mee aan de plannen van dat team.
            </p>
          ) : (
            <p>
              Met een account maak je plannen om ouders in een wijk te bereiken. Je organisatie
              krijgt een eigen werkplek. Jij bent daarvan de beheerder.
            </p>
          )}
          <Form method="post" noValidate={false}>
            <FormErrorSummary />
            <TextField
              name="name"
              label="Je naam"
              required
              maxLength={AUTH_LIMITS.name}
              autoComplete="name"
            />
            {loaderData.invite?.kind === 'team' ? null : (
              <TextField
                name="organisationName"
                label="Naam van je organisatie"
                description="Bijvoorbeeld: GGD regio Utrecht, of Buurtteam Overvecht."
                maxLength={AUTH_LIMITS.organisationName}
                autoComplete="organization"
              />
            )}
            <TextField
              name="email"
              label="E-mailadres"
              type="email"
              required
              maxLength={AUTH_LIMITS.email}
              autoComplete="email"
            />
            <TextField
              name="password"
              label="Wachtwoord"
              description="Minstens 10 tekens. Een wachtwoord dat veel mensen gebruiken, kan niet. Een zin van een paar woorden is sterk en makkelijk te onthouden."
              type="password"
              required
              maxLength={AUTH_LIMITS.password}
              autoComplete="new-password"
            />
            <Button type="submit" appearance="primary-action-button">
              Account maken
            </Button>
          </Form>
        </>
      ) : (
        <p>Je kunt hier alleen een account maken als je een uitnodiging hebt gekregen.</p>
      )}
      <p>
        Heb je al een account? <Link to="/inloggen">Log in</Link>.
      </p>
    </div>
  );
}
