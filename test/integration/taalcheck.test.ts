import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { signUp, TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// The plain-language check over HTTP: the JSON API of ARCHITECTURE.md and the page, as a
// browser without JavaScript uses it.

const kind = testDatabaseKind();

function postJson(client: TestClient, body: string): Promise<Response> {
  return client.request('/api/taalcheck', {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe(`the plain-language check over HTTP (${kind})`, () => {
  let app: AppServer;
  let client: TestClient;

  beforeAll(async () => {
    app = await startAppServer({ kind });
    ({ client } = await signUp(app.baseUrl));
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('answers 401 with JSON to someone who is not signed in', async () => {
    const stranger = new TestClient(app.baseUrl);

    const response = await postJson(stranger, JSON.stringify({ tekst: 'Oma komt eten.' }));

    expect(response.status).toBe(401);
    expect(response.headers.get('Content-Type')).toContain('application/json');
    expect(await response.json()).toEqual({ fout: 'Log eerst in om de taalcheck te gebruiken.' });
  });

  it('checks a text and answers in the agreed shape', async () => {
    const tekst = 'U wordt bijv. uitgenodigd voor de bijeenkomst. Oma komt eten om 19:30.';

    const response = await postJson(client, JSON.stringify({ tekst }));

    expect(response.status).toBe(200);
    const body = await response.json();
    // U wordt bij-voor-beeld uit-ge-no-digd voor de bij-een-komst (7 words, 14 syllables);
    // O-ma komt e-ten om 19:30 (5 words, 7 syllables; a number counts as one).
    expect(body).toMatchObject({ zinnen: 2, woorden: 12, lettergrepen: 21 });
    // 206.835 − 0.93 × 6 − 77 × 21/12 = 66.505; 195 − 2 × 6 − 66.7 × 21/12 = 66.275
    expect(body.fleschDouma).toBe(66.5);
    expect(body.brouwer).toBe(66.3);
    expect(Object.keys(body).sort()).toEqual(
      ['bevindingen', 'brouwer', 'fleschDouma', 'lettergrepen', 'woorden', 'zinnen'].sort(),
    );
    const found = body.bevindingen.map((f: { soort: string; begin: number; eind: number }) => [
      f.soort,
      tekst.slice(f.begin, f.eind),
    ]);
    expect(found).toEqual([
      ['passief', 'wordt bijv. uitgenodigd'],
      ['afkorting', 'bijv.'],
      ['moeilijk-woord', 'bijeenkomst'],
      ['getal', '19:30'],
    ]);
    const abbreviation = body.bevindingen[1];
    expect(abbreviation.alternatief).toBe('bijvoorbeeld');
    expect(typeof abbreviation.uitleg).toBe('string');
  });

  it('answers 400 with a Dutch message for bad input', async () => {
    const cases: [string, string][] = [
      ['geen json', 'Dit is geen geldige JSON. Stuur {"tekst": "..."}.'],
      [
        JSON.stringify({ text: 'Oma' }),
        'Stuur de tekst als tekenreeks in het veld ‘tekst’: {"tekst": "..."}.',
      ],
      [
        JSON.stringify({ tekst: 12 }),
        'Stuur de tekst als tekenreeks in het veld ‘tekst’: {"tekst": "..."}.',
      ],
      [JSON.stringify(['Oma']), 'Stuur een JSON-object: {"tekst": "..."}.'],
      [JSON.stringify({ tekst: '   ' }), 'De tekst is leeg.'],
      [
        JSON.stringify({ tekst: 'a'.repeat(20_001) }),
        'De tekst is te lang. De taalcheck leest hoogstens 20.000 tekens.',
      ],
    ];
    for (const [body, message] of cases) {
      const response = await postJson(client, body);

      expect(response.status, body.slice(0, 40)).toBe(400);
      expect(await response.json(), body.slice(0, 40)).toEqual({ fout: message });
    }
  });

  it('takes a text of exactly 20,000 characters', async () => {
    const tekst = `${'Oma komt eten. '.repeat(1333)}Kom.`.padEnd(20_000, ' ');

    const response = await postJson(client, JSON.stringify({ tekst }));

    expect(tekst.length).toBe(20_000);
    expect(response.status).toBe(200);
    expect((await response.json()).zinnen).toBe(1334);
  });

  it('shows the findings marked in the text after a plain form post', async () => {
    const response = await client.post('/taalcheck', {
      tekst: 'Wij faciliteren o.a. koffie.',
    });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(
      '<mark class="tc-mark tc-mark--lang-woord tc-mark--moeilijk-woord">faciliteren</mark>',
    );
    expect(html).toContain('<mark class="tc-mark tc-mark--afkorting">o.a.</mark>');
    expect(html).toContain('Liever: <strong>helpen, mogelijk maken</strong>');
    expect(html).toContain('Liever: <strong>onder andere</strong>');
    expect(html).toMatch(
      /<textarea[^>]*name="tekst"[^>]*>Wij faciliteren o.a. koffie.<\/textarea>/,
    );
  });

  it('keeps the text and says what is wrong when the form is empty or too long', async () => {
    const empty = await client.post('/taalcheck', { tekst: '  ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Vul de tekst in.');

    const long = 'Oma komt. '.repeat(2001);
    const tooLong = await client.post('/taalcheck', { tekst: long });
    expect(tooLong.status).toBe(400);
    const html = await tooLong.text();
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('Oma komt. Oma komt.');
  });

  it('sends someone who is not signed in to the sign-in page', async () => {
    const stranger = new TestClient(app.baseUrl);

    const response = await stranger.get('/taalcheck');

    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toContain('/inloggen');
  });
});
