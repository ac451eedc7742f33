import './teams.css';
import { Button } from '@utrecht/component-library-react';
import { data, Form, useActionData } from 'react-router';
import { FormErrorSummary, FormScope, SelectField, TextField } from '~/components/form';
import { canManageOrganisation } from '~/features/auth/organisation.server';
import { ADMIN_RESET_HOURS, createResetLink } from '~/features/auth/password-reset.server';
import { loadMemberContext } from '~/features/plans/plan-context.server';
import { formatDate } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { forbidden, notFound } from '~/lib/http.server';
import { mailConfigured } from '~/lib/mail.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/team';
import { InviteLink } from './invite-link';
import { deliverInvite } from './invite-mail.server';
import { ROLE_CHOICES, roleLabel } from './roles';
import { idSchema, memberRoleSchema, TEAM_LIMITS, teamInviteSchema } from './team-schemas';
import {
  changeMemberRole,
  createInvite,
  isAdministrator,
  listMembers,
  listOpenInvites,
  removeMember,
  withdrawInvite,
} from './teams.server';

export async function loader({ request }: Route.LoaderArgs) {
  const { member, db } = await loadMemberContext(request);
  const { database } = await getRuntime();
  const manages = canManageOrganisation(member.role);
  const members = await listMembers(database.raw, { organisationId: member.organisationId });
  const administrators = members.filter((m) => isAdministrator(m.role)).length;
  return {
    organisationName: member.organisationName,
    manages,
    // Without mail nobody can reset their own password: the beheerder makes a link instead.
    resetLinks: manages && !mailConfigured(),
    resetHours: ADMIN_RESET_HOURS,
    me: member.userId,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      email: m.email,
      role: m.role === 'owner' ? 'admin' : m.role,
      roleLabel: roleLabel(m.role),
      isMe: m.userId === member.userId,
      // The team always keeps a beheerder: the only one cannot become something else.
      onlyAdministrator: isAdministrator(m.role) && administrators < 2,
    })),
    invites: manages
      ? (await listOpenInvites(db, { organisationId: member.organisationId, kind: 'team' })).map(
          (i) => ({ ...i, roleLabel: roleLabel(i.role) }),
        )
      : [],
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { member, db } = await loadMemberContext(request, { needs: 'read' });
  if (!canManageOrganisation(member.role)) forbidden();
  const { database } = await getRuntime();
  const scope = { organisationId: member.organisationId };
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');

  if (intent === 'uitnodigen') {
    const parsed = parseForm(teamInviteSchema, formData);
    if (!parsed.ok) {
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    }
    const token = await createInvite(db, {
      ...scope,
      kind: 'team',
      role: parsed.data.role,
      planId: null,
      email: parsed.data.email,
      invitedBy: member.userId,
    });
    const invited = await deliverInvite({
      token,
      email: parsed.data.email,
      inviterName: member.name,
      what: `werk mee in het team van ${member.organisationName}`,
    });
    return { intent, invited: { ...invited, email: parsed.data.email } };
  }

  if (intent === 'rol') {
    const parsed = parseForm(memberRoleSchema, formData);
    if (!parsed.ok) {
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    }
    await changeMemberRole(database.raw, { ...scope, ...parsed.data });
    return redirectWithFlash(request, '/team', { kind: 'ok', text: 'De rol is opgeslagen.' });
  }

  if (intent === 'herstel-link') {
    if (mailConfigured()) forbidden();
    const parsed = parseForm(idSchema, formData);
    if (!parsed.ok) forbidden();
    const members = await listMembers(database.raw, scope);
    const target = members.find((m) => m.id === parsed.data.id);
    if (!target || target.userId === member.userId) notFound();
    // A person who also belongs to another organisation is not this beheerder's to reset.
    const elsewhere = await database.raw
      .selectFrom('member')
      .select('id')
      .where('userId', '=', target.userId)
      .where('organizationId', '!=', member.organisationId)
      .executeTakeFirst();
    if (elsewhere) {
      return data(
        {
          intent,
          resetRefused: `${target.name} hoort ook bij een andere organisatie. Daarom kun je hier geen link voor een nieuw wachtwoord maken.`,
        },
        { status: 400 },
      );
    }
    const { auth, config } = await getRuntime();
    const { link } = await createResetLink(auth, {
      baseUrl: config.baseUrl,
      userId: target.userId,
    });
    return { intent, resetLink: { link, name: target.name } };
  }

  if (intent === 'verwijderen' || intent === 'intrekken') {
    const parsed = parseForm(idSchema, formData);
    if (!parsed.ok) forbidden();
    if (intent === 'verwijderen') {
      await removeMember(database.raw, { ...scope, memberId: parsed.data.id });
      return redirectWithFlash(request, '/team', {
        kind: 'ok',
        text: 'De persoon is uit het team gehaald.',
      });
    }
    await withdrawInvite(db, { ...scope, inviteId: parsed.data.id });
    return redirectWithFlash(request, '/team', {
      kind: 'ok',
      text: 'De uitnodiging is ingetrokken. De link werkt niet meer.',
    });
  }
  throw data(null, { status: 400 });
}

export default function Team({ loaderData }: Route.ComponentProps) {
  const { members, invites, manages, organisationName, resetLinks, resetHours } = loaderData;
  const result = useActionData<typeof action>();
  const invited = result && 'invited' in result ? result.invited : null;
  const resetLink = result && 'resetLink' in result ? result.resetLink : null;
  const resetRefused = result && 'resetRefused' in result ? result.resetRefused : null;
  return (
    <>
      <title>Team – Ouders in de wijk</title>
      <h1>Team van {organisationName}</h1>
      <p>
        Iedereen in het team werkt aan de plannen van {organisationName}. Een beheerder nodigt
        collega's uit en kiest hun rol.
      </p>
      <ul className="role-explanation">
        <li>
          <strong>Beheerder</strong>: werkt aan de plannen en regelt het team.
        </li>
        <li>
          <strong>Medewerker</strong>: werkt aan de plannen.
        </li>
        <li>
          <strong>Leidinggevende</strong>: leest alle plannen, geeft reacties op de planning en
          keurt de planning goed. Wijzigt zelf niets in een plan.
        </li>
      </ul>

      <h2>Mensen in het team ({members.length})</h2>
      {resetRefused ? (
        <p className="panel flash flash--error" role="alert">
          {resetRefused}
        </p>
      ) : null}
      {resetLink ? (
        <div className="panel invite-link" role="status">
          <h3>Link voor een nieuw wachtwoord voor {resetLink.name}</h3>
          <p>
            Stuur deze link zelf naar {resetLink.name}, bijvoorbeeld in een chat. Met de link kiest{' '}
            {resetLink.name} een nieuw wachtwoord. De link werkt {resetHours} uur en maar één keer.
            Je ziet hem maar één keer.
          </p>
          <label htmlFor="herstellink">Link voor een nieuw wachtwoord</label>
          <input id="herstellink" className="invite-link__value" readOnly value={resetLink.link} />
        </div>
      ) : null}
      <ul className="team-members">
        {members.map((m) => (
          <li key={m.id} className="panel team-member">
            <h3 className="team-member__name">
              {m.name}
              {m.isMe ? ' (jij)' : ''}
            </h3>
            <p>
              {m.email} · {m.roleLabel}
            </p>
            {manages ? (
              <div className="team-member__actions">
                {m.onlyAdministrator ? (
                  <p>
                    {m.isMe ? 'Je bent' : `${m.name} is`} de enige beheerder. Maak eerst iemand
                    anders beheerder. Dan kun je deze rol veranderen.
                  </p>
                ) : (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="rol" />
                    <input type="hidden" name="memberId" value={m.id} />
                    {ROLE_CHOICES.filter((c) => c.value !== m.role).map((choice) => (
                      <Button
                        key={choice.value}
                        type="submit"
                        name="role"
                        value={choice.value}
                        appearance="secondary-action-button"
                      >
                        {`Maak ${m.name} ${choice.label.toLowerCase()}`}
                      </Button>
                    ))}
                  </Form>
                )}
                {resetLinks && !m.isMe ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="herstel-link" />
                    <input type="hidden" name="id" value={m.id} />
                    <Button type="submit" appearance="secondary-action-button">
                      {`Link voor nieuw wachtwoord maken voor ${m.name}`}
                    </Button>
                  </Form>
                ) : null}
                {m.isMe ? null : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="verwijderen" />
                    <input type="hidden" name="id" value={m.id} />
                    <Button type="submit" appearance="subtle-button">
                      {`${m.name} uit het team halen`}
                    </Button>
                  </Form>
                )}
              </div>
            ) : null}
          </li>
        ))}
      </ul>

      {manages ? (
        <>
          <h2 id="uitnodigen">Collega uitnodigen</h2>
          {invited ? <InviteLink {...invited} /> : null}
          <FormScope intent="uitnodigen" defaults={{ role: 'member' }}>
            <Form method="post" className="panel">
              <FormErrorSummary />
              <input type="hidden" name="intent" value="uitnodigen" />
              <TextField
                name="email"
                label="E-mailadres van je collega"
                description="Als de app e-mail kan sturen, krijgt je collega de link per mail. Je ziet de link hierna ook zelf, om te kopiëren."
                type="email"
                maxLength={TEAM_LIMITS.email}
                autoComplete="off"
              />
              <SelectField
                name="role"
                label="Rol"
                required
                options={ROLE_CHOICES.map((c) => ({ value: c.value, label: c.label }))}
              />
              <Button type="submit" appearance="primary-action-button">
                Uitnodiging maken
              </Button>
            </Form>
          </FormScope>

          <h2>Open uitnodigingen ({invites.length})</h2>
          {invites.length === 0 ? (
            <p>Er zijn geen open uitnodigingen.</p>
          ) : (
            <ul className="team-members">
              {invites.map((invite) => (
                <li key={invite.id} className="panel team-member">
                  <p>
                    {invite.email || 'Zonder e-mailadres'} · {invite.roleLabel} · werkt tot{' '}
                    {formatDate(invite.expiresAt)}
                  </p>
                  <Form method="post">
                    <input type="hidden" name="intent" value="intrekken" />
                    <input type="hidden" name="id" value={invite.id} />
                    <Button type="submit" appearance="subtle-button">
                      Uitnodiging intrekken
                    </Button>
                  </Form>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </>
  );
}
