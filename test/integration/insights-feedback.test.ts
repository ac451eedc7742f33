import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, type TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// The insights board, the feedback plan of step 6, the poster or letter made from them (page,
// taalcheck and PDF) and the rule that a plan is only finished once the parents heard back.

const kind = testDatabaseKind();
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
if (!hasPoppler && process.env.CI !== 'true') {
  console.warn('Skipping the poster PDF text check: pdftotext is not installed (poppler-utils).');
}

function visibleText(html: string): string {
  return html
    .replace(/<!-- -->/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function pdfText(bytes: ArrayBuffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'oidw-poster-'));
  try {
    const file = path.join(dir, 'poster.pdf');
    writeFileSync(file, Buffer.from(bytes));
    const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout.replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const insight = {
  intent: 'inzicht-toevoegen',
  kind: 'behoefte',
  text: 'Ouders willen een veilige plek om buiten te spelen.',
  theme: 'Buitenspelen',
  quote: '',
  sourceKind: 'bezoek',
  sessionId: '',
  sourceText: 'Koffie-uur bij de moskee',
};

async function follow(client: TestClient, response: Response): Promise<string> {
  return client.html(response.headers.get('Location') ?? '/');
}

describe(`insights and feedback over HTTP (${kind})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('groups insights by theme with counts, names the session and marks what goes back', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const board = `/plannen/${planId}/inzichten`;
    const session = await client.post(`/plannen/${planId}/bijeenkomsten`, {
      intent: 'bijeenkomst-nieuw',
      method: 'spiegelbijeenkomst',
      title: 'Ouders vertellen',
      date: '2027-03-16',
      startTime: '',
      endTime: '',
    });
    const sessionId = session.headers.get('Location')?.split('/').pop() ?? '';

    expect((await client.post(board, insight)).status).toBe(302);
    expect(
      (
        await client.post(board, {
          ...insight,
          kind: 'idee',
          text: 'Een speeltuin bij de school.',
          theme: 'buitenspelen ',
          sourceKind: 'bijeenkomst',
          sessionId,
          sourceText: '',
          reportBack: 'on',
        })
      ).status,
    ).toBe(302);
    const last = await client.post(board, {
      ...insight,
      kind: 'ervaring',
      text: 'Formulieren van de gemeente zijn moeilijk.',
      theme: 'Geld',
      quote: 'Ik snap de brieven vaak niet.',
    });
    const page = visibleText(await follow(client, last));

    expect(page).toContain('3 inzichten in 2 thema’s. 1 inzicht gemarkeerd om terug te koppelen.');
    expect(page).toContain('Buitenspelen (2)');
    expect(page).toContain('behoefte: 1, idee: 1');
    expect(page).toContain('Geld (1)');
    expect(page).toContain('“Ik snap de brieven vaak niet.”');
    expect(page).toContain('Bron: Bijeenkomst · Ouders vertellen op 16 maart 2027');
    expect(page).toContain('Bron: Bezoek · Koffie-uur bij de moskee');
    expect(page.indexOf('Buitenspelen (2)')).toBeLessThan(page.indexOf('Geld (1)'));
  });

  it('warns about a name in a quote, keeps everything typed, and saves once it is no name', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const board = `/plannen/${planId}/inzichten`;
    const typed = { ...insight, quote: 'Ik vroeg het aan Fatima, maar zij wist het niet.' };

    const refused = await client.post(board, typed);
    const html = await refused.text();

    expect(refused.status).toBe(400);
    expect(visibleText(html)).toContain('Staat er een naam in het citaat (‘Fatima’)?');
    expect(html).toContain('Ik vroeg het aan Fatima, maar zij wist het niet.');
    expect(html).toContain('value="Koffie-uur bij de moskee"');
    expect(html).toContain('Ouders willen een veilige plek om buiten te spelen.');

    const empty = await client.post(board, { ...insight, text: '', kind: '' });
    expect(empty.status).toBe(400);
    expect(visibleText(await empty.text())).toContain('Vul wat je hoorde in.');

    const saved = await client.post(board, {
      ...typed,
      quote: 'We gaan naar De Kleine Aarde.',
      noName: 'on',
    });
    expect(saved.status).toBe(302);
  });

  it('changes an insight, and keeps what was typed when someone else changed it first', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const board = `/plannen/${planId}/inzichten`;
    const created = await client.post(board, insight);
    const id = /#inzicht-(.+)$/.exec(created.headers.get('Location') ?? '')?.[1] ?? '';
    const form = await client.html(`${board}?wijzig=${id}`);
    const token = /name="updatedAt" value="([^"]+)"/.exec(form)?.[1] ?? '';
    expect(form).toContain(`action="/plannen/${planId}/inzichten?wijzig=${id}"`);
    const edit = { ...insight, intent: 'inzicht-wijzigen', id, updatedAt: token };

    const editUrl = `${board}?wijzig=${id}`;
    const saved = await client.post(editUrl, { ...edit, theme: 'Veilig spelen', reportBack: 'on' });
    const stale = await client.post(editUrl, { ...edit, text: 'Mijn oude versie' });

    expect(saved.status).toBe(302);
    const page = visibleText(await follow(client, saved));
    expect(page).toContain('Veilig spelen (1)');
    expect(page).toContain('1 inzicht gemarkeerd om terug te koppelen.');
    expect(stale.status).toBe(409);
    const staleHtml = await stale.text();
    expect(visibleText(staleHtml)).toContain('Iemand anders heeft dit inzicht net gewijzigd');
    expect(staleHtml).toContain('Mijn oude versie');
    expect((await client.get(`${board}?wijzig=onbekend`)).status).toBe(404);
  });

  it('refuses a session of another plan as the source', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const otherPlan = await createPlan(client, 'Ander plan');
    const session = await client.post(`/plannen/${otherPlan}/bijeenkomsten`, {
      intent: 'bijeenkomst-nieuw',
      method: 'interview',
      date: '2027-03-16',
    });
    const sessionId = session.headers.get('Location')?.split('/').pop() ?? '';

    const refused = await client.post(`/plannen/${planId}/inzichten`, {
      ...insight,
      sourceKind: 'bijeenkomst',
      sessionId,
    });

    expect(refused.status).toBe(400);
    expect(visibleText(await refused.text())).toContain('Kies een bijeenkomst uit de lijst.');
  });

  it('turns marked insights into a feedback plan, a checked poster, a letter and a PDF', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const base = `/plannen/${planId}`;
    await client.post(`${base}/inzichten`, { ...insight, reportBack: 'on' });
    const step6 = await client.html(`${base}/stap/6`);
    const insightId = /\?van=([^#"]+)#terugkoppeling-toevoegen/.exec(step6)?.[1] ?? '';
    expect(visibleText(step6)).toContain('Behoefte (Buitenspelen): Ouders willen een veilige plek');
    const prefilled = await client.html(`${base}/stap/6?van=${insightId}`);
    expect(prefilled).toMatch(/name="heard"[^>]*>Ouders willen een veilige plek/);

    const bad = await client.post(`${base}/stap/6`, {
      intent: 'terugkoppeling-nieuw',
      what: 'Over buitenspelen',
      heard: 'Ouders willen een veilige plek om buiten te spelen.',
      willDo: 'x'.repeat(2001),
      cannotDo: 'Een nieuw park lukt niet. Daar is geen geld voor.',
      channel: 'poster',
      plannedOn: '15-03-2027',
      doneOn: '',
    });
    const badHtml = await bad.text();
    expect(bad.status).toBe(400);
    expect(badHtml).toContain('Een nieuw park lukt niet. Daar is geen geld voor.');
    const created = await client.post(`${base}/stap/6`, {
      intent: 'terugkoppeling-nieuw',
      what: 'Over buitenspelen',
      heard: 'Ouders willen een veilige plek om buiten te spelen.',
      willDo: 'We vragen de gemeente om een hek rond het speelveld.',
      cannotDo: 'Een nieuw park lukt niet. Daar is geen geld voor.',
      channel: 'poster',
      plannedOn: '15-03-2027',
      doneOn: '',
    });
    expect(created.status).toBe(302);
    const plan6 = visibleText(await follow(client, created));
    expect(plan6).toContain(
      'Wat we ermee doen We vragen de gemeente om een hek rond het speelveld.',
    );
    expect(plan6).toContain('Wat niet lukt, en waarom Een nieuw park lukt niet.');

    const poster = visibleText(await client.html(`${base}/terugkoppeling`));
    expect(poster).toContain('Taalcheck van de poster');
    expect(poster).toContain('Wat we hoorden');
    expect(poster).toContain('We vragen de gemeente om een hek rond het speelveld.');
    expect(poster.indexOf('Taalcheck van de poster')).toBeLessThan(
      poster.indexOf('Zo ziet de poster eruit'),
    );
    // One point for each passive form or long sentence; the count is shown before printing.
    expect(poster).toMatch(/De taalcheck vond (niets|\d+ punten?)\./);

    const tooLong = await client.post(`${base}/terugkoppeling`, {
      form: 'brief',
      title: 'x'.repeat(121),
      intro: 'Mijn begin',
      closing: '',
    });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain('Mijn begin');
    const letter = await client.post(`${base}/terugkoppeling`, {
      form: 'brief',
      title: 'Wat we deden met uw ideeën',
      intro: 'Dank u wel voor uw verhalen.',
      closing: 'U vindt ons elke dinsdag in het buurthuis.',
    });
    expect(letter.status).toBe(302);
    const letterPage = visibleText(await follow(client, letter));
    expect(letterPage).toContain('Taalcheck van de brief');
    expect(letterPage).toContain('Beste ouder,');

    const pdf = await client.get(`${base}/terugkoppeling.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    expect(pdf.headers.get('Content-Disposition')).toBe(
      'attachment; filename="brief-voor-ouders.pdf"',
    );
    const bytes = await pdf.arrayBuffer();
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPoppler) {
      const text = pdfText(bytes);
      expect(text).toContain('Wat we deden met uw ideeën');
      expect(text).toContain('Beste ouder,');
      expect(text).toContain('Ouders willen een veilige plek om buiten te spelen.');
      expect(text).toContain('We vragen de gemeente om een hek rond het speelveld.');
      expect(text).toContain('Wat niet lukt, en waarom');
      expect(text).toContain('U vindt ons elke dinsdag in het buurthuis.');
    }
  });

  it('keeps a poster and an invitation in other languages, printed right to left where needed', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const posterUrl = `/plannen/${planId}/terugkoppeling`;
    const arabic = 'شكرا لكم على مشاركتكم. هذا ما سمعناه.';

    const wrong = await client.post(posterUrl, {
      intent: 'vertaling-opslaan',
      language: 'Arabisch!',
      text: arabic,
    });
    const wrongHtml = await wrong.text();
    expect(wrong.status).toBe(400);
    expect(visibleText(wrongHtml)).toContain('Vul een taalcode in van 2 of 3 letters');
    expect(wrongHtml).toContain(arabic);
    const saved = await client.post(posterUrl, {
      intent: 'vertaling-opslaan',
      language: 'AR',
      text: arabic,
    });
    expect(saved.status).toBe(302);
    const page = await follow(client, saved);
    expect(visibleText(page)).toContain('De tekst in het Arabisch is opgeslagen.');
    expect(page).toMatch(/lang="ar" dir="rtl"/);
    expect(visibleText(page)).toContain('Een PDF maken we alleen van de Nederlandse tekst');
    const printUrl = /href="(\/plannen\/[^"]+\/vertaling\/[^"]+)"/.exec(page)?.[1] ?? '';
    const print = await client.html(printUrl);
    expect(visibleText(print)).toContain('Poster in het Arabisch');
    expect(print).toMatch(/<article[^>]*lang="ar"[^>]*dir="rtl"/);

    const session = await client.post(`/plannen/${planId}/bijeenkomsten`, {
      intent: 'bijeenkomst-nieuw',
      method: 'focusgroep',
      date: '2027-04-14',
    });
    const sessionUrl = session.headers.get('Location') ?? '';
    const turkish = await client.post(sessionUrl, {
      intent: 'vertaling-opslaan',
      language: 'tr',
      text: 'Sizi çocuklarınız hakkında bir sohbete davet ediyoruz. İyi günler!',
    });
    expect(turkish.status).toBe(302);
    const sessionPage = await follow(client, turkish);
    expect(sessionPage).toMatch(/lang="tr" dir="ltr"/);
    expect(visibleText(sessionPage)).toContain(
      'Sizi çocuklarınız hakkında bir sohbete davet ediyoruz. İyi günler!',
    );
    const other = await signUp(app.baseUrl);
    expect((await other.client.get(printUrl)).status).toBe(404);
  });

  it('only lets a plan be finished once the parents heard back', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const base = `/plannen/${planId}`;

    const early = await client.post(base, { intent: 'status', status: 'afgerond' });
    const html = visibleText(await early.text());

    expect(early.status).toBe(400);
    expect(html).toContain('Een plan is pas af als de ouders hebben gehoord');
    await client.post(`${base}/stap/6`, {
      intent: 'terugkoppeling-nieuw',
      what: 'Poster bij school',
      channel: 'poster',
      plannedOn: '',
      done: 'on',
      doneOn: '',
    });
    expect((await client.post(base, { intent: 'status', status: 'afgerond' })).status).toBe(302);
  });

  it('answers 404 for the board, poster and PDF of another organisation', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const other = await signUp(app.baseUrl);

    for (const page of ['inzichten', 'terugkoppeling', 'terugkoppeling.pdf']) {
      expect((await other.client.get(`/plannen/${planId}/${page}`)).status).toBe(404);
    }
    const post = await other.client.post(`/plannen/${planId}/inzichten`, insight);
    expect(post.status).toBe(404);
  });
});
