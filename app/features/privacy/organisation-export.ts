import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/organisation-export';
import { actorOf } from './actor';
import { loadBeheerderContext } from './beheerder.server';
import { exportOrganisation } from './organisation-export.server';

/** The whole organisation as one JSON download; beheerder only, audited. */
export async function loader({ request }: Route.LoaderArgs) {
  const { member } = await loadBeheerderContext(request);
  const { database } = await getRuntime();
  const now = new Date();
  const document = await exportOrganisation(database, {
    organisationId: member.organisationId,
    organisationName: member.organisationName,
    actor: actorOf(member),
    now,
  });
  const day = now.toISOString().slice(0, 10);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="organisatie-${day}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
