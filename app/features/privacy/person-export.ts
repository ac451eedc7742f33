import type { Route } from './+types/person-export';
import { actorOf } from './actor';
import { loadBeheerderContext } from './beheerder.server';
import { exportPersonData } from './person-data.server';

/** Everything about one person as a JSON download (AVG right of access); beheerder only. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { member, db } = await loadBeheerderContext(request);
  const document = await exportPersonData(db, {
    organisationId: member.organisationId,
    personId: params.personId,
    actor: actorOf(member),
  });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="persoonsgegevens.json"',
      'Cache-Control': 'no-store',
    },
  });
}
