import './account.css';
import { Button } from '@utrecht/component-library-react';
import { data, Form } from 'react-router';
import { FormErrorSummary, FormScope, TextField } from '~/components/form';
import { formatDateTime } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/account';
import { callAuth, cookieHeaders } from './auth-call.server';
import { AUTH_LIMITS, nameSchema, organisationNameSchema, passwordSchema } from './auth-schemas';
import { canManageOrganisation, renameOrganisation } from './organisation.server';
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from './password-rules.server';
import { requireMember } from './session.server';
import { endAllSessions, endSession, listDeviceSessions } from './sessions.server';

export async function loader({ request }: Route.LoaderArgs) {
  const member = await requireMember(request);
  return {
    name: member.name,
    email: member.email,
    organisationName: member.organisationName,
    managesOrganisation: canManageOrganisation(member.role),
    sessions: await listDeviceSessions(request),
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
      text:
        ended === 'other'
          ? 'Je bent uitgelogd op dat apparaat.'
          : 'Op dat apparaat was je al uitgelogd.',
    });
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
        </>
      ) : null}

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
