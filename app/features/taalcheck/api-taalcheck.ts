import { getMember } from '~/features/auth/session.server';
import type { Route } from './+types/api-taalcheck';
import { checkText } from './check-text';
import { MAX_TEXT_LENGTH, taalcheckApiSchema } from './taalcheck-schema';

// POST /api/taalcheck: the plain-language check as JSON, for signed-in people (ARCHITECTURE.md).

/** A body far longer than the longest allowed text is refused before it is parsed. */
const MAX_BODY_CHARS = MAX_TEXT_LENGTH * 8;

export async function loader() {
  return answer(405, { fout: 'Gebruik POST met {"tekst": "..."}.' }, { Allow: 'POST' });
}

export async function action({ request }: Route.ActionArgs) {
  if (request.method !== 'POST') {
    return answer(405, { fout: 'Gebruik POST met {"tekst": "..."}.' }, { Allow: 'POST' });
  }
  const member = await getMember(request);
  if (!member) return answer(401, { fout: 'Log eerst in om de taalcheck te gebruiken.' });

  const body = await request.text();
  if (body.length > MAX_BODY_CHARS) {
    return answer(400, {
      fout: `De tekst is te lang. De taalcheck leest hoogstens ${MAX_TEXT_LENGTH.toLocaleString('nl-NL')} tekens.`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return answer(400, { fout: 'Dit is geen geldige JSON. Stuur {"tekst": "..."}.' });
  }
  const parsed = taalcheckApiSchema.safeParse(json);
  if (!parsed.success) {
    return answer(400, {
      fout: parsed.error.issues[0]?.message ?? 'Stuur {"tekst": "..."}.',
    });
  }

  return answer(200, checkText(parsed.data.tekst));
}

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, {
    status,
    headers: { 'Cache-Control': 'no-store', ...headers },
  });
}
