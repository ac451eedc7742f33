import { redirect } from 'react-router';
import type { Route } from './+types/sign-out';
import { callAuth, cookieHeaders } from './auth-call.server';

export function loader() {
  return redirect('/');
}

export async function action({ request }: Route.ActionArgs) {
  const result = await callAuth(request, '/sign-out', {});
  const headers = cookieHeaders(result.setCookies);
  return redirect('/inloggen', { headers });
}
