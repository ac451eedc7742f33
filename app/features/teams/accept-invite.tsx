import { Button } from '@utrecht/component-library-react';
import { data, Form, isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { getMember, requireMember } from '~/features/auth/session.server';
import { getConfig } from '~/lib/config.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { limitPublicRequest, PUBLIC_PAGE_LIMITS } from '~/lib/request-limit.server';
import { getRuntime } from '~/lib/runtime.server';
import { ErrorPage } from '~/root';
import type { Route } from './+types/accept-invite';
import { roleLabel } from './roles';
import { acceptInvite, findOpenInvite, isMemberOf } from './teams.server';

async function openInvite(token: string | undefined) {
  const { database } = await getRuntime();
  const invite = token ? await findOpenInvite(database.db, database.raw, { token }) : null;
  if (!invite) throw data({ gone: true }, { status: 404 });
  return invite;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  await limitPublicRequest(request, PUBLIC_PAGE_LIMITS.invitation);
  const invite = await openInvite(params.token);
  const member = await getMember(request);
  const { database } = await getRuntime();
  const alreadyMember = member
    ? await isMemberOf(database.raw, {
        organisationId: invite.organisationId,
        userId: member.userId,
      })
    : false;
  return {
    token: params.token,
    kind: invite.kind,
    what:
      invite.kind === 'team'
        ? `Je bent uitgenodigd voor het team van ${invite.organisationName}, als ${roleLabel(invite.role).toLowerCase()}.`
        : `Je bent uitgenodigd als ${invite.role === 'partner' ? 'partner' : 'gast'} bij het plan "${invite.planTitle}" van ${invite.organisationName}.`,
    signedInAs: member ? `${member.name} (${member.organisationName})` : null,
    alreadyMember,
    oidcName: getConfig().oidc?.name ?? null,
    oidcFailed: new URL(request.url).searchParams.get('fout') === 'oidc',
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  await limitPublicRequest(request, PUBLIC_PAGE_LIMITS.invitation);
  const member = await requireMember(request);
  const invite = await openInvite(params.token);
  const { database, auth } = await getRuntime();
  await acceptInvite(
    { db: database.db, raw: database.raw, auth },
    { invite, userId: member.userId },
  );
  if (invite.kind === 'plan' && invite.planId) {
    return redirectWithFlash(request, `/plannen/${invite.planId}`, {
      kind: 'ok',
      text: `Je hebt nu toegang tot het plan "${invite.planTitle}".`,
    });
  }
  return redirectWithFlash(request, '/plannen', {
    kind: 'ok',
    text: `Je werkt nu in het team van ${invite.organisationName}.`,
  });
}

export default function AcceptInvite({ loaderData }: Route.ComponentProps) {
  const { token, what, signedInAs, alreadyMember, oidcName, oidcFailed } = loaderData;
  const here = `/uitnodiging/${token}`;
  return (
    <div className="narrow">
      <title>Uitnodiging – Ouders in de wijk</title>
      <h1>Uitnodiging</h1>
      <p>{what}</p>
      {oidcFailed && !signedInAs ? (
        <p className="flash flash--error" role="alert">
          Doorgaan met {oidcName ?? 'je organisatie-account'} lukte niet. Heb je al een account met
          een wachtwoord? Log dan in met je e-mailadres en wachtwoord, en neem daarna de uitnodiging
          aan.
        </p>
      ) : null}
      {signedInAs ? (
        alreadyMember ? (
          <p>
            Je hoort al bij deze organisatie. <Link to="/plannen">Naar de plannen</Link>
          </p>
        ) : (
          <Form method="post">
            <p>Je bent ingelogd als {signedInAs}.</p>
            <Button type="submit" appearance="primary-action-button">
              Uitnodiging aannemen
            </Button>
          </Form>
        )
      ) : (
        <>
          <p>Heb je al een account? Log dan eerst in. Daarna neem je de uitnodiging aan.</p>
          <p className="actions">
            <Link
              className="utrecht-button-link utrecht-button-link--primary-action"
              to={`/inloggen?${new URLSearchParams({ terug: here })}`}
            >
              Inloggen
            </Link>
            <Link
              className="utrecht-button-link utrecht-button-link--secondary-action"
              to={`/registreren?${new URLSearchParams({ uitnodiging: token ?? '' })}`}
            >
              Account maken
            </Link>
          </p>
          {oidcName ? (
            <Form method="post" action="/inloggen/oidc" className="sign-in-oidc">
              <p>Of gebruik het account van je werk. Je neemt de uitnodiging dan meteen aan.</p>
              <input type="hidden" name="uitnodiging" value={token ?? ''} />
              <Button type="submit" appearance="secondary-action-button">
                {`Doorgaan met ${oidcName}`}
              </Button>
            </Form>
          ) : null}
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error) || error.status !== 404) return <ErrorPage error={error} />;
  return (
    <div className="narrow">
      <title>Uitnodiging niet geldig – Ouders in de wijk</title>
      <h1>Deze uitnodiging werkt niet meer</h1>
      <p>
        De link is te oud, al gebruikt of ingetrokken. Vraag degene die je uitnodigde om een nieuwe
        link.
      </p>
      <p>
        <Link to="/">Naar de startpagina</Link>
      </p>
    </div>
  );
}
