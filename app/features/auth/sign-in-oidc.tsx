import { redirect } from 'react-router';
import { getConfig } from '~/lib/config.server';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/sign-in-oidc';
import { OIDC_PROVIDER_ID } from './auth.server';
import { callAuth, cookieHeaders, safeReturnPath } from './auth-call.server';

// "Inloggen met …": a plain form post (no JavaScript needed) that starts the OpenID Connect
// sign-in and sends the browser on to the provider. better-auth keeps the state and PKCE
// verifier in the database and a signed cookie, so any app process can take the callback.

export async function loader() {
  throw redirect('/inloggen');
}

export async function action({ request }: Route.ActionArgs) {
  if (!getConfig().oidc) notFound();
  const formData = await request.formData();
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
