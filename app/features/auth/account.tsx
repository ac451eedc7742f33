import './account.css';
import { Button } from '@utrecht/component-library-react';
import { data, Form, Link, useActionData } from 'react-router';
import { FormErrorSummary, FormScope, TextField } from '~/components/form';
import { getWeeklyMail, setWeeklyMail } from '~/features/teams/weekly-mail.server';
import { formatDateTime } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { mailConfigured } from '~/lib/mail.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/account';
import { callAuth, cookieHeaders } from './auth-call.server';
import {
  AUTH_LIMITS,
  nameSchema,
  organisationNameSchema,
  passwordSchema,
  twoFactorConfirmSchema,
  twoFactorPasswordSchema,
} from './auth-schemas';
import { canManageOrganisation, renameOrganisation } from './organisation.server';
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from './password-rules.server';
import { requireMember } from './session.server';
import { endAllSessions, endSession, listDeviceSessions } from './sessions.server';
import { describeSetup, hasTwoFactor, type TwoFactorSetup } from './two-factor.server';

export async function loader({ request }: Route.LoaderArgs) {
  const member = await requireMember(request);
  return {
    name: member.name,
    email: member.email,
    organisationName: member.organisationName,
    managesOrganisation: canManageOrganisation(member.role),
    sessions: await listDeviceSessions(request),
    twoFactor: await hasTwoFactor(request),
    weeklyMail: await getWeeklyMail((await getRuntime()).database.db, member.userId),
    mailConfigured: mailConfigured(),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const member = await requireMember(request);
  const formData = await request.formData();
  const intent = formData.get('intent');

  if (intent === 'organisatie') {
    if (!canManageOrganisation(member.role)) throw data('Geen toegang', { status: 403 });
    const parsed = parseForm(organisationNameSchema, formData);
    if (!parsed.ok)
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    await renameOrganisation({
      organisationId: member.organisationId,
      name: parsed.data.organisationName,
    });
    return redirectWithFlash(request, '/account', {
      kind: 'ok',
      text: 'De naam van je organisatie is opgeslagen.',
    });
  }

  if (intent === 'weekmail') {
    const choice = formData.get('weeklyMail');
    if (choice !== 'aan' && choice !== 'uit') {
      return data(
        { intent, errors: { weeklyMail: 'Kies of je de weekmail wilt krijgen.' }, values: {} },
        { status: 400 },
      );
    }
    const on = choice === 'aan';
    await setWeeklyMail((await getRuntime()).database.db, { userId: member.userId, on });
    return redirectWithFlash(request, '/account', {
      kind: 'ok',
      text: on
        ? 'De weekmail staat aan. Je krijgt elke maandag een mail met wat er te doen is.'
        : 'De weekmail staat uit. Je krijgt deze mail niet meer.',
    });
  }

  if (intent === 'naam') {
    const parsed = parseForm(nameSchema, formData);
    if (!parsed.ok)
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    const result = await callAuth(request, '/update-user', { name: parsed.data.name });
    if (!result.ok) {
      return data(
        {
          intent,
          errors: { name: 'Je naam is niet opgeslagen. Probeer het opnieuw.' },
          values: parsed.values,
        },
        { status: 400 },
      );
    }
    return redirectWithFlash(request, '/account', { kind: 'ok', text: 'Je naam is opgeslagen.' });
  }

  if (intent === 'wachtwoord') {
    const parsed = parseForm(passwordSchema, formData);
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: {} }, { status: 400 });
    if (isCommonPassword(parsed.data.newPassword)) {
      return data(
        { intent, errors: { newPassword: COMMON_PASSWORD_MESSAGE }, values: {} },
        { status: 400 },
      );
    }
    const result = await callAuth(request, '/change-password', {
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.newPassword,
      revokeOtherSessions: true,
    });
    if (!result.ok) {
      const message =
        result.code === 'INVALID_PASSWORD'
          ? 'Je huidige wachtwoord klopt niet.'
          : 'Je wachtwoord is niet gewijzigd. Probeer het opnieuw.';
      return data({ intent, errors: { currentPassword: message }, values: {} }, { status: 400 });
    }
    return redirectWithFlash(
      request,
      '/account',
      { kind: 'ok', text: 'Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd.' },
      { headers: cookieHeaders(result.setCookies) },
    );
  }

  if (intent === 'sessie-beeindigen') {
    const ended = await endSession(request, {
      userId: member.userId,
      sessionId: String(formData.get('sessionId') ?? ''),
    });
    // Not one of this person's sessions (or already ended): as with any id that is not theirs.
    if (ended === 'none') throw data('Niet gevonden', { status: 404 });
    if (ended === 'current') {
      const result = await callAuth(request, '/sign-out', {});
      return redirectWithFlash(
        request,
        '/inloggen',
        { kind: 'ok', text: 'Je bent uitgelogd op dit apparaat.' },
        { headers: cookieHeaders(result.setCookies) },
      );
    }
    return redirectWithFlash(request, '/account', {
      kind: 'ok',
      text: 'Je bent uitgelogd op dat apparaat.',
    });
  }

  if (intent === 'twee-stappen-aan' || intent === 'twee-stappen-uit') {
    const parsed = parseForm(twoFactorPasswordSchema, formData);
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: {} }, { status: 400 });
    const on = intent === 'twee-stappen-aan';
    const result = await callAuth(request, on ? '/two-factor/enable' : '/two-factor/disable', {
      password: parsed.data.twoFactorPassword,
    });
    if (!result.ok) {
      const message =
        result.code === 'INVALID_PASSWORD'
          ? 'Je wachtwoord klopt niet.'
          : 'Dat is niet gelukt. Probeer het opnieuw.';
      return data({ intent, errors: { twoFactorPassword: message }, values: {} }, { status: 400 });
    }
    if (!on) {
      return redirectWithFlash(
        request,
        '/account',
        { kind: 'ok', text: 'Inloggen in twee stappen staat uit.' },
        { headers: cookieHeaders(result.setCookies) },
      );
    }
    // Shown once, in the answer to this post: the key and backup codes are never stored in a
    // cookie or shown again.
    const setup = await describeSetup(
      String(result.payload?.totpURI ?? ''),
      (result.payload?.backupCodes as string[] | undefined) ?? [],
    );
    return data({ intent, setup, errors: {}, values: {} });
  }

  if (intent === 'twee-stappen-bevestigen') {
    const parsed = parseForm(twoFactorConfirmSchema, formData);
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: {} }, { status: 400 });
    const result = await callAuth(request, '/two-factor/verify-totp', { code: parsed.data.code });
    if (!result.ok) {
      return data(
        {
          intent,
          errors: {
            code: 'Deze code klopt niet. Vul de code in die je app nu laat zien. Lukt het niet? Zet inloggen in twee stappen dan opnieuw aan.',
          },
          values: {},
        },
        { status: 400 },
      );
    }
    return redirectWithFlash(
      request,
      '/account',
      { kind: 'ok', text: 'Inloggen in twee stappen staat aan.' },
      { headers: cookieHeaders(result.setCookies) },
    );
  }

  if (intent === 'overal-uitloggen') {
    const result = await callAuth(request, '/sign-out', {});
    await endAllSessions({ userId: member.userId });
    return redirectWithFlash(
      request,
      '/inloggen',
      { kind: 'ok', text: 'Je bent op alle apparaten uitgelogd.' },
      { headers: cookieHeaders(result.setCookies) },
    );
  }

  return data(
    { intent: undefined, errors: { form: 'Onbekende actie.' }, values: {} },
    { status: 400 },
  );
}

export default function Account({ loaderData }: Route.ComponentProps) {
  const actionData = useActionData() as
    | { intent?: string; setup?: TwoFactorSetup; errors?: Record<string, string> }
    | undefined;
  const setup = actionData?.setup;
  const confirming = setup || actionData?.intent === 'twee-stappen-bevestigen';
  return (
    <div className="narrow">
      <title>Mijn account – Ouders in de wijk</title>
      <h1>Mijn account</h1>
      <dl className="facts">
        <dt>E-mailadres</dt>
        <dd>{loaderData.email}</dd>
        <dt>Organisatie</dt>
        <dd>{loaderData.organisationName}</dd>
      </dl>

      <h2>Naam wijzigen</h2>
      <FormScope intent="naam" defaults={{ name: loaderData.name }}>
        <Form method="post">
          <FormErrorSummary />
          <input type="hidden" name="intent" value="naam" />
          <TextField
            name="name"
            label="Je naam"
            required
            maxLength={AUTH_LIMITS.name}
            autoComplete="name"
          />
          <Button type="submit" appearance="primary-action-button">
            Naam opslaan
          </Button>
        </Form>
      </FormScope>

      {loaderData.managesOrganisation ? (
        <>
          <h2>Naam van je organisatie</h2>
          <FormScope
            intent="organisatie"
            defaults={{ organisationName: loaderData.organisationName }}
          >
            <Form method="post">
              <FormErrorSummary />
              <input type="hidden" name="intent" value="organisatie" />
              <TextField
                name="organisationName"
                label="Naam van je organisatie"
                description="Iedereen in je organisatie ziet deze naam."
                required
                maxLength={AUTH_LIMITS.organisationName}
                autoComplete="organization"
              />
              <Button type="submit" appearance="secondary-action-button">
                Naam van de organisatie opslaan
              </Button>
            </Form>
          </FormScope>
          <p>
            Bewaartermijn, auditlog en export van alle gegevens:{' '}
            <Link to="/organisatie">privacy en gegevens van je organisatie</Link>.
          </p>
        </>
      ) : null}

      <h2 id="weekmail">Weekmail</h2>
      <p>
        {loaderData.weeklyMail ? 'De weekmail staat aan. ' : 'De weekmail staat uit. '}
        Met de weekmail krijg je elke maandag een korte mail met wat er die week te doen is in de
        plannen waar jij verantwoordelijk voor bent: contactmomenten, vragen die te lang wachten op
        een antwoord en beloftes die nog open staan. Is er niets te doen? Dan krijg je geen mail.
        {loaderData.mailConfigured ? '' : ' Deze server stuurt nu nog geen e-mail.'}
      </p>
      {actionData?.intent === 'weekmail' && actionData.errors?.weeklyMail ? (
        <p className="utrecht-form-field-error-message" role="alert">
          {actionData.errors.weeklyMail}
        </p>
      ) : null}
      <Form method="post">
        <input type="hidden" name="intent" value="weekmail" />
        <input type="hidden" name="weeklyMail" value={loaderData.weeklyMail ? 'uit' : 'aan'} />
        <Button type="submit" appearance="secondary-action-button">
          {loaderData.weeklyMail ? 'Weekmail uitzetten' : 'Weekmail aanzetten'}
        </Button>
      </Form>

      <h2>Wachtwoord wijzigen</h2>
      <FormScope intent="wachtwoord">
        <Form method="post">
          <FormErrorSummary />
          <input type="hidden" name="intent" value="wachtwoord" />
          <TextField
            name="currentPassword"
            label="Huidig wachtwoord"
            type="password"
            required
            maxLength={AUTH_LIMITS.password}
            autoComplete="current-password"
          />
          <TextField
            name="newPassword"
            label="Nieuw wachtwoord"
            description="Minstens 10 tekens. Een wachtwoord dat veel mensen gebruiken, kan niet."
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
          <Button type="submit" appearance="secondary-action-button">
            Wachtwoord wijzigen
          </Button>
        </Form>
      </FormScope>

      <h2 id="twee-stappen">Inloggen in twee stappen</h2>
      {loaderData.twoFactor ? (
        <>
          <p>
            Inloggen in twee stappen staat aan. Na je wachtwoord vul je een code in uit de app op je
            telefoon.
          </p>
          <FormScope intent="twee-stappen-uit">
            <Form method="post">
              <FormErrorSummary />
              <input type="hidden" name="intent" value="twee-stappen-uit" />
              <TextField
                name="twoFactorPassword"
                label="Je wachtwoord"
                description="Om inloggen in twee stappen uit te zetten."
                type="password"
                required
                maxLength={AUTH_LIMITS.password}
                autoComplete="current-password"
              />
              <Button type="submit" appearance="secondary-action-button">
                Inloggen in twee stappen uitzetten
              </Button>
            </Form>
          </FormScope>
        </>
      ) : confirming ? (
        <div className="two-factor-setup">
          {setup ? (
            <>
              <p>
                Open op je telefoon een app die codes maakt, zoals Microsoft Authenticator of Google
                Authenticator. Kies daarin een account toevoegen en scan deze QR-code.
              </p>
              <img
                src={setup.qrCode}
                alt="QR-code om Ouders in de wijk toe te voegen aan je app"
                width={200}
                height={200}
              />
              <p>
                Kun je niet scannen? Typ dan deze sleutel over in de app:{' '}
                <code className="two-factor-setup__secret">{setup.secret}</code>. Of{' '}
                <a href={setup.uri}>open de link op je telefoon</a>.
              </p>
              <h3>Reservecodes</h3>
              <p>
                Bewaar deze codes op een veilige plek, bijvoorbeeld op papier. Ben je je telefoon
                kwijt? Dan log je in met een van deze codes. Elke code werkt één keer. Je ziet ze
                alleen nu.
              </p>
              <ul className="two-factor-setup__codes">
                {setup.backupCodes.map((code) => (
                  <li key={code}>
                    <code>{code}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <FormScope intent="twee-stappen-bevestigen">
            <Form method="post">
              <FormErrorSummary />
              <input type="hidden" name="intent" value="twee-stappen-bevestigen" />
              <TextField
                name="code"
                label="Code uit je app"
                description="Vul de 6 cijfers in die de app nu laat zien. Daarna staat inloggen in twee stappen aan."
                required
                maxLength={10}
                inputMode="numeric"
                autoComplete="one-time-code"
              />
              <Button type="submit" appearance="primary-action-button">
                Code controleren
              </Button>
            </Form>
          </FormScope>
        </div>
      ) : (
        <>
          <p>
            Maak je account extra veilig. Na je wachtwoord vul je dan ook een code in uit een app op
            je telefoon. Iemand die je wachtwoord kent, kan dan toch niet inloggen.
          </p>
          <FormScope intent="twee-stappen-aan">
            <Form method="post">
              <FormErrorSummary />
              <input type="hidden" name="intent" value="twee-stappen-aan" />
              <TextField
                name="twoFactorPassword"
                label="Je wachtwoord"
                description="Om inloggen in twee stappen aan te zetten."
                type="password"
                required
                maxLength={AUTH_LIMITS.password}
                autoComplete="current-password"
              />
              <Button type="submit" appearance="secondary-action-button">
                Inloggen in twee stappen aanzetten
              </Button>
            </Form>
          </FormScope>
        </>
      )}

      <h2 id="apparaten">Waar je bent ingelogd</h2>
      <p>
        Hier zie je op welke apparaten je bent ingelogd. Ken je een apparaat niet, of gebruik je het
        niet meer? Log daar dan uit.
      </p>
      <ul className="device-sessions">
        {loaderData.sessions.map((session) => (
          <li key={session.id} className="device-session">
            <p id={`apparaat-${session.id}`}>
              <strong>{session.device}</strong>
              {session.current ? ' (dit apparaat)' : ''}
              <br />
              Ingelogd op {formatDateTime(session.createdAt)}, laatst gebruikt op{' '}
              {formatDateTime(session.lastUsedAt)}
            </p>
            <Form method="post">
              <input type="hidden" name="intent" value="sessie-beeindigen" />
              <input type="hidden" name="sessionId" value={session.id} />
              <Button
                type="submit"
                appearance="secondary-action-button"
                aria-describedby={`apparaat-${session.id}`}
              >
                Uitloggen op dit apparaat
              </Button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post">
        <input type="hidden" name="intent" value="overal-uitloggen" />
        <Button type="submit" appearance="secondary-action-button">
          Overal uitloggen
        </Button>
      </Form>
    </div>
  );
}
