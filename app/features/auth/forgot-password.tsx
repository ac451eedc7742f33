import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { FormErrorSummary, TextField } from '~/components/form';
import { parseForm } from '~/lib/forms';
import { mailConfigured } from '~/lib/mail.server';
import type { Route } from './+types/forgot-password';
import { callAuth } from './auth-call.server';
import { AUTH_LIMITS, forgotPasswordSchema } from './auth-schemas';

export async function loader() {
  return { mail: mailConfigured() };
}

export async function action({ request }: Route.ActionArgs) {
  // Without mail there is no way to send the link: a beheerder makes one on /team.
  if (!mailConfigured()) throw data(null, { status: 404 });
  const formData = await request.formData();
  const parsed = parseForm(forgotPasswordSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });

  const result = await callAuth(request, '/request-password-reset', { email: parsed.data.email });
  if (result.status === 429) {
    return data(
      {
        errors: {
          email: 'Je hebt het te vaak gevraagd. Wacht een paar minuten en probeer het dan opnieuw.',
        },
        values: parsed.values,
      },
      { status: 429 },
    );
  }
  // The same answer whether or not the address is known: the page does not tell who has an
  // account.
  return { sent: true, email: parsed.data.email };
}

export default function ForgotPassword({ loaderData, actionData }: Route.ComponentProps) {
  const sent = actionData && 'sent' in actionData ? actionData : null;
  return (
    <div className="narrow">
      <title>Wachtwoord vergeten – Ouders in de wijk</title>
      <h1>Wachtwoord vergeten</h1>
      {!loaderData.mail ? (
        <p>
          Deze app kan geen e-mail sturen. Vraag de beheerder van je team om een link voor een nieuw
          wachtwoord. De beheerder maakt die link op de pagina Team.
        </p>
      ) : sent ? (
        <p className="panel" role="status">
          Is {sent.email} bij ons bekend? Dan krijg je zo een mail met een link. Met die link kies
          je een nieuw wachtwoord. De link werkt 1 uur. Kijk ook bij je ongewenste mail.
        </p>
      ) : (
        <>
          <p>
            Vul je e-mailadres in. Je krijgt een mail met een link. Met die link kies je een nieuw
            wachtwoord.
          </p>
          <Form method="post">
            <FormErrorSummary />
            <TextField
              name="email"
              label="E-mailadres"
              type="email"
              required
              maxLength={AUTH_LIMITS.email}
              autoComplete="username"
            />
            <Button type="submit" appearance="primary-action-button">
              Stuur mij een link
            </Button>
          </Form>
        </>
      )}
      <p>
        <Link to="/inloggen">Terug naar inloggen</Link>
      </p>
    </div>
  );
}
