import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/api-auth';

export async function loader({ request }: Route.LoaderArgs) {
  const { auth } = await getRuntime();
  return auth.handler(request);
}

export async function action({ request }: Route.ActionArgs) {
  const { auth } = await getRuntime();
  return auth.handler(request);
}
