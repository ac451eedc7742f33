import { Button } from '@utrecht/component-library-react';
import { data, Form, Link, redirect } from 'react-router';
import { FormErrorSummary, TextField } from '~/components/form';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/sign-in-code';
import { callAuth, cookieHeaders, returnAddress, safeReturnPath } from './auth-call.server';
import { signInCodeSchema } from './auth-schemas';
import { getMember } from './session.server';

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const back = safeReturnPath(url.searchParams.get('terug'));
  if (await getMember(request)) throw redirect(back);
  return { back, kept: url.searchParams.get('formulier') };
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(signInCodeSchema, formData);
  if (!parsed.ok) {
    delete parsed.values.code;
    return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  }

  const { code, terug, formulier } = parsed.data;
  const isAppCode = /^\d{6}$/.test(code);
  const result = await callAuth(
    request,
    isAppCode ? '/two-factor/verify-totp' : '/two-factor/verify-backup-code',
    { code },
  );
  if (!result.ok) {
    // Without the short-lived cookie from the password step, the password must come first.
    const message =
      result.code === 'INVALID_TWO_FACTOR_COOKIE'
        ? 'Het inloggen duurde te lang. Log opnieuw in met je e-mailadres en wachtwoord.'
        : result.status === 429
          ? 'Je hebt het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.'
          : 'Deze code klopt niet. Kijk in je app en vul de code in die je nu ziet.';
    return data(
      { errors: { code: message }, values: { terug: terug ?? '', formulier: formulier ?? '' } },
      { status: result.status === 429 ? 429 : 400 },
    );
  }

  return redirect(returnAddress(terug, formulier), {
    headers: cookieHeaders(result.setCookies),
  });
}

export default function SignInCode({ loaderData }: Route.ComponentProps) {
  return (
    <div className="narrow">
      <title>Code invullen – Ouders in de wijk</title>
      <h1>Code invullen</h1>
      <p>
        Je wachtwoord klopt. Open de app op je telefoon waarmee je codes maakt, zoals Microsoft
        Authenticator of Google Authenticator. Vul de code van 6 cijfers in die je bij Ouders in de
        wijk ziet.
      </p>
      <Form method="post">
        <FormErrorSummary />
        <input type="hidden" name="terug" value={loaderData.back} />
        {loaderData.kept ? <input type="hidden" name="formulier" value={loaderData.kept} /> : null}
        <TextField
          name="code"
          label="Code"
          description="Heb je je telefoon niet bij je? Vul dan een van je reservecodes in."
          required
          maxLength={40}
          inputMode="numeric"
          autoComplete="one-time-code"
        />
        <Button type="submit" appearance="primary-action-button">
          Inloggen
        </Button>
      </Form>
      <p>
        <Link to="/inloggen">Opnieuw beginnen met je e-mailadres en wachtwoord</Link>
      </p>
    </div>
  );
}
