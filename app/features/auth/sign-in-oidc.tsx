import { redirect } from 'react-router';
import { findOpenInvite, invitePath } from '~/features/teams/teams.server';
import { getConfig } from '~/lib/config.server';
import { notFound } from '~/lib/http.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/sign-in-oidc';
import { OIDC_PROVIDER_ID } from './auth.server';
import { callAuth, cookieHeaders, safeReturnPath } from './auth-call.server';

// "Inloggen met …": a plain form post (no JavaScript needed) that starts the OpenID Connect
// sign-in and sends the browser on to the provider. better-auth keeps the state and PKCE
// verifier in the database and a signed cookie, so any app process can take the callback.
// From an invitation page ("Doorgaan met …") the form also names the invitation: it travels in
// that server-side state, and with SIGNUP=invite it is what allows a new account.

export async function loader() {
  throw redirect('/inloggen');
}

export async function action({ request }: Route.ActionArgs) {
  if (!getConfig().oidc) notFound();
  const formData = await request.formData();
  const token = String(formData.get('uitnodiging') ?? '');
  if (token) return startWithInvitation(request, token);
  const back = safeReturnPath(String(formData.get('terug') ?? ''));

  const result = await callAuth(request, '/sign-in/social', {
    provider: OIDC_PROVIDER_ID,
    callbackURL: back,
    errorCallbackURL: '/inloggen?fout=oidc',
    disableRedirect: true,
  });
  const url = typeof result.payload?.url === 'string' ? result.payload.url : null;
  if (!result.ok || !url) return redirect('/inloggen?fout=oidc');
  return redirect(url, { headers: cookieHeaders(result.setCookies) });
}

async function startWithInvitation(request: Request, token: string) {
  const { database } = await getRuntime();
  const invite = await findOpenInvite(database.db, database.raw, { token });
  // The invitation page says why an invitation no longer works.
  if (!invite) return redirect(invitePath(encodeURIComponent(token)));
  const failed = `${invitePath(token)}?fout=oidc`;
  const result = await callAuth(request, '/sign-in/social', {
    provider: OIDC_PROVIDER_ID,
    // The invitation is accepted on the way back, so the browser goes where it leads.
    callbackURL: invite.kind === 'plan' && invite.planId ? `/plannen/${invite.planId}` : '/plannen',
    errorCallbackURL: failed,
    requestSignUp: true,
    invitation: token,
    disableRedirect: true,
  });
  const url = typeof result.payload?.url === 'string' ? result.payload.url : null;
  if (!result.ok || !url) return redirect(failed);
  return redirect(url, { headers: cookieHeaders(result.setCookies) });
}
