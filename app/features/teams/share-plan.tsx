import './teams.css';
import { Button } from '@utrecht/component-library-react';
import { data, Form, useActionData } from 'react-router';
import { ChoiceGroup, FormErrorSummary, FormScope, TextField } from '~/components/form';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { formatDate } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { forbidden } from '~/lib/http.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/share-plan';
import { InviteLink } from './invite-link';
import { deliverInvite } from './invite-mail.server';
import { SHARE_CHOICES } from './roles';
import { idSchema, shareInviteSchema, TEAM_LIMITS } from './team-schemas';
import {
  createInvite,
  listOpenInvites,
  listPlanShares,
  removePlanShare,
  withdrawInvite,
} from './teams.server';

const ACCESS_LABELS: Record<string, string> = { partner: 'Partner', gast: 'Gast' };

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope, access } = await loadPlanContext(request, params.planId);
  if (!access.can.share) forbidden();
  const { database } = await getRuntime();
  const shares = await listPlanShares(db, database.raw, scope);
  const invites = await listOpenInvites(db, { ...scope, kind: 'plan' });
  return {
    plan: { id: plan.id, title: plan.title },
    shares: shares.map((s) => ({
      id: s.id,
      name: s.name ?? '',
      email: s.email ?? '',
      organisationName: s.organisationName ?? '',
      access: ACCESS_LABELS[s.access] ?? s.access,
    })),
    invites: invites.map((i) => ({ ...i, access: ACCESS_LABELS[i.role] ?? i.role })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, plan, scope, member } = await loadPlanContext(request, params.planId, {
    needs: 'share',
  });
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const back = `/plannen/${plan.id}/delen`;

  if (intent === 'uitnodigen') {
    const parsed = parseForm(shareInviteSchema, formData);
    if (!parsed.ok) {
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    }
    const token = await createInvite(db, {
      organisationId: scope.organisationId,
      kind: 'plan',
      role: parsed.data.access,
      planId: plan.id,
      email: parsed.data.email,
      invitedBy: member.userId,
    });
    const invited = await deliverInvite({
      token,
      email: parsed.data.email,
      inviterName: `${member.name} (${member.organisationName})`,
      what:
        parsed.data.access === 'partner'
          ? `werk mee aan het plan "${plan.title}"`
          : `lees mee in het plan "${plan.title}"`,
    });
    return { intent, invited: { ...invited, email: parsed.data.email } };
  }

  if (intent === 'verwijderen' || intent === 'intrekken') {
    const parsed = parseForm(idSchema, formData);
    if (!parsed.ok) forbidden();
    if (intent === 'verwijderen') {
      await removePlanShare(db, { ...scope, shareId: parsed.data.id });
      return redirectWithFlash(request, back, {
        kind: 'ok',
        text: 'Deze persoon kan het plan niet meer openen.',
      });
    }
    await withdrawInvite(db, { ...scope, inviteId: parsed.data.id });
    return redirectWithFlash(request, back, {
      kind: 'ok',
      text: 'De uitnodiging is ingetrokken. De link werkt niet meer.',
    });
  }
  throw data(null, { status: 400 });
}

export default function SharePlan({ loaderData }: Route.ComponentProps) {
  const { plan, shares, invites } = loaderData;
  const result = useActionData<typeof action>();
  const invited = result && 'invited' in result ? result.invited : null;
  return (
    <>
      <title>{`Plan delen – ${plan.title} – Ouders in de wijk`}</title>
      <h1>Plan delen met partners</h1>
      <div className="guidance">
        <p>
          Werk je in deze wijk samen met een andere organisatie? Nodig iemand van die organisatie
          uit voor dit plan. Die persoon ziet alleen dit plan, niets anders van jouw organisatie.
        </p>
        <ul>
          <li>Een partner kan het plan lezen en wijzigen.</li>
          <li>Een gast kan het plan alleen lezen.</li>
        </ul>
      </div>

      <h2>Mensen van andere organisaties ({shares.length})</h2>
      {shares.length === 0 ? (
        <p>Dit plan is nog met niemand gedeeld.</p>
      ) : (
        <ul className="team-members">
          {shares.map((share) => (
            <li key={share.id} className="panel team-member">
              <h3 className="team-member__name">
                {share.name} ({share.organisationName})
              </h3>
              <p>
                {share.email} · {share.access}
              </p>
              <Form method="post">
                <input type="hidden" name="intent" value="verwijderen" />
                <input type="hidden" name="id" value={share.id} />
                <Button type="submit" appearance="subtle-button">
                  {`${share.name} geen toegang meer geven`}
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      )}

      <h2>Iemand uitnodigen</h2>
      {invited ? <InviteLink {...invited} /> : null}
      <FormScope intent="uitnodigen" defaults={{ access: 'partner' }}>
        <Form method="post" className="panel">
          <FormErrorSummary />
          <input type="hidden" name="intent" value="uitnodigen" />
          <TextField
            name="email"
            label="E-mailadres"
            description="Als de app e-mail kan sturen, gaat de link per mail. Je ziet de link hierna ook zelf, om te kopiëren."
            type="email"
            maxLength={TEAM_LIMITS.email}
            autoComplete="off"
          />
          <ChoiceGroup
            name="access"
            legend="Wat mag deze persoon?"
            multiple={false}
            required
            options={SHARE_CHOICES.map((c) => ({ value: c.value, label: c.label }))}
          />
          <Button type="submit" appearance="primary-action-button">
            Uitnodiging maken
          </Button>
        </Form>
      </FormScope>

      <h2>Open uitnodigingen ({invites.length})</h2>
      {invites.length === 0 ? (
        <p>Er zijn geen open uitnodigingen voor dit plan.</p>
      ) : (
        <ul className="team-members">
          {invites.map((invite) => (
            <li key={invite.id} className="panel team-member">
              <p>
                {invite.email || 'Zonder e-mailadres'} · {invite.access} · werkt tot{' '}
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
  );
}
