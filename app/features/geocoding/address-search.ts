import { getMember } from '~/features/auth/session.server';
import { PdokUnavailableError } from '~/lib/pdok.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/address-search';
import { locatePlace } from './geocode.server';
import { configuredPdok, wijkName } from './locate.server';

// GET /api/adressen?q=... → address suggestions while typing (PDOK suggest);
// GET /api/adressen?id=... → the chosen address split into the form's fields (PDOK lookup).
// Used by the address combobox of the place form, an enhancement: the form works without it.

const NO_ANSWER = 'De adreszoeker van PDOK geeft nu geen antwoord. Typ het adres zelf in.';

export async function loader({ request }: Route.LoaderArgs) {
  if (!(await getMember(request))) {
    return Response.json({ fout: 'Log eerst in.' }, { status: 401 });
  }
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const id = (url.searchParams.get('id') ?? '').trim();
  const headers = { 'Cache-Control': 'private, max-age=300' };
  try {
    if (id) {
      if (!/^adr-[0-9a-z-]{1,80}$/i.test(id))
        return Response.json({ adres: null }, { status: 404 });
      const doc = (await configuredPdok().lookup(id)).response.docs[0];
      if (doc?.type !== 'adres') return Response.json({ adres: null }, { status: 404 });
      const postcode = /^(\d{4})\s*([A-Z]{2})$/.exec(doc.postcode ?? '');
      return Response.json(
        {
          adres: {
            address: [doc.straatnaam, doc.huis_nlt].filter(Boolean).join(' '),
            postcode: postcode ? `${postcode[1]} ${postcode[2]}` : (doc.postcode ?? ''),
            city: doc.woonplaatsnaam ?? '',
          },
        },
        { headers },
      );
    }
    if (q.length < 3) return Response.json({ suggesties: [] }, { headers });
    const answer = await configuredPdok().suggest({ q, fq: ['type:adres'], rows: 7 });
    return Response.json(
      {
        suggesties: answer.response.docs
          .filter((doc) => doc.type === 'adres' && doc.weergavenaam)
          .map((doc) => ({ id: doc.id, label: doc.weergavenaam })),
      },
      { headers },
    );
  } catch (error) {
    if (error instanceof PdokUnavailableError)
      return Response.json({ fout: NO_ANSWER }, { status: 503 });
    throw error;
  }
}

/**
 * POST /api/adressen with `placeId`: looks up one place's address and answers JSON. The
 * "Zoek alle adressen op" button uses it with JavaScript, one place at a time, to show progress;
 * without JavaScript the same button posts the whole plan to the overzichtskaart's action.
 */
export async function action({ request }: Route.ActionArgs) {
  const member = await getMember(request);
  if (!member) return Response.json({ fout: 'Log eerst in.' }, { status: 401 });
  const form = await request.formData();
  const placeId = String(form.get('placeId') ?? '').slice(0, 64);
  const { database } = await getRuntime();
  const kind = await locatePlace(database.db, configuredPdok(), {
    organisationId: member.organisationId,
    placeId,
  });
  if (kind === 'missing')
    return Response.json({ fout: 'Deze plek bestaat niet.' }, { status: 404 });
  if (kind === 'unavailable')
    return Response.json({ resultaat: kind, fout: NO_ANSWER }, { status: 503 });
  const place = await database.db
    .selectFrom('place')
    .select('wijkCode')
    .where('id', '=', placeId)
    .where('organisationId', '=', member.organisationId)
    .executeTakeFirst();
  return Response.json({ resultaat: kind, wijk: wijkName(place?.wijkCode) });
}
