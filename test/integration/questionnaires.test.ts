import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparablePlanDocument, type PlanDocumentInput } from '~/features/export/plan-document';
import { todayInAmsterdam } from '~/lib/dates';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// Questionnaires over HTTP, as browsers without JavaScript use them: the professional builds
// one, parents answer it at its public link without an account, and the results add up.

const kind = testDatabaseKind();

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

function dayFromToday(days: number): string {
  const today = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The answer fields of the public page: question id per field, in order. */
function answerFieldsOf(html: string): string[] {
  return [
    ...new Set([...html.matchAll(/name="(antwoord-[0-9a-f-]{36})"/g)].map((m) => m[1] ?? '')),
  ];
}

async function buildQuestionnaire(client: TestClient, planId: string) {
  const created = await client.post(`/plannen/${planId}/vragenlijsten`, {
    intent: 'vragenlijst-nieuw',
    title: 'Spelen in de wijk',
    intro: 'We willen weten wat je van de speeltuin vindt.',
    closesOn: dayFromToday(30),
  });
  expect(created.status, await created.clone().text()).toBe(302);
  const builder = (created.headers.get('Location') ?? '').split('#')[0] ?? '';
  const questions = [
    { kind: 'smiley', text: 'Hoe vind je de speeltuin?', options: '' },
    { kind: 'keuze', text: 'Wanneer speelt je kind buiten?', options: 'Na school\nIn het weekend' },
    { kind: 'ja-nee', text: 'Is de speeltuin veilig?', options: '' },
    { kind: 'open', text: 'Wat kan beter?', options: '' },
  ];
  for (const question of questions) {
    const added = await client.post(builder, { intent: 'vraag-nieuw', ...question });
    expect(added.status, await added.clone().text()).toBe(302);
  }
  const html = await client.html(builder);
  const link = /href="(http:\/\/[^"]+\/v\/[A-Za-z0-9_-]+)"/.exec(html)?.[1] ?? '';
  expect(link).not.toBe('');
  return { builder, publicPath: new URL(link).pathname, html };
}

describe(`questionnaires over HTTP (${kind})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('says in Dutch what is wrong with a questionnaire or a question and keeps what was typed', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);

    const empty = await client.post(`/plannen/${planId}/vragenlijsten`, {
      intent: 'vragenlijst-nieuw',
      title: '',
      intro: 'Mijn uitleg blijft staan',
      closesOn: '31-02-2027',
    });
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(visibleText(emptyHtml)).toContain('Vul de titel in.');
    expect(visibleText(emptyHtml)).toContain('Deze datum bestaat niet.');
    expect(emptyHtml).toContain('Mijn uitleg blijft staan');
    const past = await client.post(`/plannen/${planId}/vragenlijsten`, {
      intent: 'vragenlijst-nieuw',
      title: 'Te laat',
      intro: '',
      closesOn: dayFromToday(-1),
    });
    expect(past.status).toBe(400);
    expect(visibleText(await past.text())).toContain('Deze datum is al voorbij.');

    const { builder } = await buildQuestionnaire(client, planId);
    const oneOption = await client.post(builder, {
      intent: 'vraag-nieuw',
      kind: 'keuze',
      text: 'Welke dag past?',
      options: 'Maandag',
    });
    expect(oneOption.status).toBe(400);
    expect(visibleText(await oneOption.text())).toContain(
      'Schrijf minstens 2 antwoorden om uit te kiezen',
    );
    const ownDontKnow = await client.post(builder, {
      intent: 'vraag-nieuw',
      kind: 'keuze',
      text: 'Welke dag past?',
      options: 'Maandag\nDinsdag\nIk weet het niet',
    });
    expect(ownDontKnow.status).toBe(400);
    const ownHtml = await ownDontKnow.text();
    expect(visibleText(ownHtml)).toContain('‘Ik weet het niet’ zetten we er zelf onder.');
    expect(ownHtml).toContain('Welke dag past?');
  });

  it('offers "Ik weet het niet" on every closed question, checks the language and warns above 10 questions', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const { builder, publicPath, html } = await buildQuestionnaire(client, planId);

    expect(visibleText(html)).not.toContain('Let op: er staan');
    expect(html).toMatch(/<img[^>]+src="data:image\/svg\+xml;base64,[^"]+"[^>]*alt="QR-code/);
    const page = await new TestClient(app.baseUrl).html(publicPath);
    const fields = answerFieldsOf(page);
    expect(fields).toHaveLength(4);
    for (const field of fields.slice(0, 3)) {
      expect(page).toMatch(new RegExp(`name="${field}" value="weet-niet"`));
    }
    expect(page).not.toMatch(new RegExp(`name="${fields[3]}" value="weet-niet"`));

    const wordy = await client.post(builder, {
      intent: 'vraag-nieuw',
      kind: 'smiley',
      text: 'Hoe vind je de activiteiten, bijv. het voetbal?',
      options: '',
    });
    expect(wordy.status).toBe(302);
    for (let n = 6; n <= 11; n++) {
      const added = await client.post(builder, {
        intent: 'vraag-nieuw',
        kind: 'ja-nee',
        text: `Vraag nummer ${n}?`,
        options: '',
      });
      expect(added.status).toBe(302);
    }
    const moved = await client.post(builder, {
      intent: 'vraag-verplaatsen',
      questionId: fields[1]?.replace('antwoord-', '') ?? '',
      direction: 'up',
    });
    expect(moved.status).toBe(302);
    expect(answerFieldsOf(await new TestClient(app.baseUrl).html(publicPath)).slice(0, 2)).toEqual([
      fields[1],
      fields[0],
    ]);
    const dutch = await client.post(`${builder}/taal?code=nl`, {
      intent: 'taal-opslaan',
      language: 'nl',
      titel: 'Nog eens Nederlands',
    });
    expect(dutch.status).toBe(400);
    expect(visibleText(await client.html(`${builder}/taal?code=nl`))).toContain(
      'De vragenlijst zelf is al in het Nederlands.',
    );
    const full = visibleText(await client.html(builder));
    expect(full).toContain('Let op: er staan 11 vragen in deze lijst.');
    expect(full).toContain('Afkorting');
    expect(full).toContain('Beter: ‘bijvoorbeeld’.');
    // A warning, not a block: the twelfth question is still taken.
    const twelfth = await client.post(builder, {
      intent: 'vraag-nieuw',
      kind: 'open',
      text: 'Nog iets?',
      options: '',
    });
    expect(twelfth.status).toBe(302);
  });

  it('lets parents answer without an account, in Arabic right to left, and counts the answers', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const { builder, publicPath } = await buildQuestionnaire(client, planId);
    const parent = new TestClient(app.baseUrl);
    const fields = answerFieldsOf(await parent.html(publicPath));
    const [smiley, choice, yesNo, open] = fields as [string, string, string, string];
    const smileyId = smiley.replace('antwoord-', '');

    const arabic = await client.post(`${builder}/taal?code=ar`, {
      intent: 'taal-opslaan',
      language: 'ar',
      titel: 'اللعب في الحي',
      [`vraag.${smileyId}`]: 'ما رأيك في الملعب؟',
      'vast.weet-niet': 'لا أعرف',
      'vast.fout-leeg': 'أجب عن سؤال واحد على الأقل.',
    });
    expect(arabic.status, await arabic.clone().text()).toBe(302);
    expect(visibleText(await client.html(builder))).toContain('Arabisch (ar) wijzigen');
    const arabicPage = await parent.html(`${publicPath}?taal=ar`);
    expect(arabicPage).toMatch(/<div class="vl-public" lang="ar" dir="rtl">/);
    expect(arabicPage).toContain('ما رأيك في الملعب؟');
    // A parent page has no way into the professionals' app and no data sources in its footer.
    expect(arabicPage).not.toContain('Bron: CBS');
    expect(arabicPage).not.toMatch(/<a[^>]*class="site-header__name"/);
    expect(arabicPage).toContain('لا أعرف');
    // What was not translated stays Dutch.
    expect(visibleText(arabicPage)).toContain('Wanneer speelt je kind buiten?');

    const answered = await parent.post(`${publicPath}?taal=ar`, {
      [smiley]: 'goed',
      [choice]: '1',
      [yesNo]: 'weet-niet',
      [open]: '=HYPERLINK("http://example.org")',
      contact: '',
      website: '',
    });
    expect(answered.status).toBe(303);
    expect(answered.headers.get('Location')).toContain('klaar=1');
    expect(await parent.html(answered.headers.get('Location') ?? '')).toContain(
      'Dank je wel! Je antwoorden zijn goed aangekomen.',
    );
    const second = await parent.post(publicPath, {
      [smiley]: 'goed',
      [choice]: '0',
      [open]: 'Meer bankjes',
      contact: '06-12345678',
      toestemming: 'on',
    });
    expect(second.status).toBe(303);

    // A program filling in every field, the hidden one too: it hears "thank you", nothing is kept.
    const bot = await parent.post(publicPath, { [smiley]: 'niet-goed', website: 'http://spam' });
    expect(bot.status).toBe(303);
    const noConsent = await parent.post(publicPath, {
      [smiley]: 'niet-goed',
      contact: '0612345678',
    });
    expect(noConsent.status).toBe(400);
    const noConsentHtml = await noConsent.text();
    expect(visibleText(noConsentHtml)).toContain(
      'Wil je dat we je bellen of mailen? Zet dan een vinkje.',
    );
    expect(noConsentHtml).toContain('value="0612345678"');
    expect(noConsentHtml).toMatch(new RegExp(`name="${smiley}" checked="" value="niet-goed"`));
    const notAContact = await parent.post(publicPath, {
      [smiley]: 'goed',
      contact: 'hallo ik ben het',
      toestemming: 'on',
    });
    expect(notAContact.status).toBe(400);
    const notAContactHtml = await notAContact.text();
    expect(notAContactHtml).toContain('id="veld-contact-fout"');
    expect(visibleText(notAContactHtml)).toContain('Schrijf je nummer of je mailadres.');
    expect(notAContactHtml).toContain('value="hallo ik ben het"');
    const nothing = await parent.post(publicPath, { contact: '' });
    expect(nothing.status).toBe(400);
    expect(visibleText(await nothing.text())).toContain('Beantwoord minstens één vraag.');
    // The same mistake on the Arabic page is told in Arabic, as the professional translated it.
    const nothingInArabic = await parent.post(`${publicPath}?taal=ar`, { contact: '' });
    expect(nothingInArabic.status).toBe(400);
    expect(visibleText(await nothingInArabic.text())).toContain('أجب عن سؤال واحد على الأقل.');
    const wrong = await parent.post(publicPath, { [smiley]: 'super' });
    expect(wrong.status).toBe(400);

    const results = await client.html(`${builder}/uitslag`);
    const text = visibleText(results);
    expect(text).toContain('2 ouders vulden de vragenlijst in (2 online, 0 op papier)');
    expect(text).toContain('Talen: Arabisch 1, Nederlands 1.');
    expect(text).toMatch(/Goed 2 100% Gaat wel 0 0% Niet goed 0 0% Ik weet het niet 0 0%/);
    expect(text).toMatch(/Na school 1 50% In het weekend 1 50% Ik weet het niet 0 0%/);
    expect(text).toContain('1 antwoord, 1 keer overgeslagen');
    expect(text).toContain('Meer bankjes');
    expect(text).toContain('06-12345678');
    expect(results).toMatch(/<svg[^>]*role="img"/);

    const csv = await client.get(`${builder}/export/antwoorden.csv`);
    expect(csv.headers.get('Content-Type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = new TextDecoder().decode(bytes);
    const rows = Papa.parse<string[]>(csvText, { delimiter: ';' }).data.filter(
      (row) => row.length > 1,
    );
    expect(rows[0]).toEqual([
      'Nummer',
      'Ingevuld op',
      'Hoe',
      'Taal',
      '1. Hoe vind je de speeltuin?',
      '2. Wanneer speelt je kind buiten?',
      '3. Is de speeltuin veilig?',
      '4. Wat kan beter?',
      'Contact (met toestemming)',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(2)).toEqual([
      'Online',
      'Arabisch',
      'Goed',
      'In het weekend',
      'Ik weet het niet',
      '\'=HYPERLINK("http://example.org")',
      '',
    ]);
    expect(rows[2]?.[8]).toBe('="06-12345678"');

    const xlsx = await client.get(`${builder}/export/antwoorden.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('Antwoorden');
    expect(sheet?.getRow(2).getCell(5).value).toBe('Goed');
    expect(sheet?.getRow(2).getCell(8).value).toBe('=HYPERLINK("http://example.org")');
    expect(sheet?.getRow(2).getCell(8).formula).toBeUndefined();
    expect(sheet?.getRow(3).getCell(9).value).toBe('06-12345678');
  });

  it('takes paper answers typed in by the professional, marked as paper', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const { builder, publicPath } = await buildQuestionnaire(client, planId);
    const [smiley, choice] = answerFieldsOf(await client.html(publicPath)) as [string, string];
    const paper = visibleText(await client.html(`${builder}/papier`));
    expect(paper).toContain('Hoe vind je de speeltuin?');
    expect(paper).toContain('Ik weet het niet');
    expect(paper).toContain('Liever op je telefoon? Scan de code');

    const typed = await client.post(`${builder}/invoeren`, {
      intent: 'papier-invoeren',
      language: 'nl',
      [smiley]: 'niet-goed',
      [choice]: 'weet-niet',
      contact: '',
    });
    expect(typed.status, await typed.clone().text()).toBe(302);

    const text = visibleText(await client.html(`${builder}/uitslag`));
    expect(text).toContain('1 ouder vulde de vragenlijst in (0 online, 1 op papier)');
    expect(text).toMatch(/Niet goed 1 100%/);
    const csv = await (await client.get(`${builder}/export/antwoorden.csv`)).text();
    expect(csv).toContain(';Op papier;Nederlands;Niet goed;Ik weet het niet;');
  });

  it('keeps the counts right: an answered question keeps its kind and its answers', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const { builder, publicPath } = await buildQuestionnaire(client, planId);
    const [smiley, choice] = answerFieldsOf(await client.html(publicPath)) as [string, string];
    const questionId = choice.replace('antwoord-', '');
    const edit = (fields: Record<string, string>) =>
      // The edit form posts to the page that shows it, so its errors show next to its fields.
      client.post(`${builder}?vraag=${questionId}`, {
        intent: 'vraag-wijzig',
        questionId,
        ...fields,
      });

    // Before any answer, the question may change freely.
    const before = await edit({
      kind: 'keuze',
      text: 'Wanneer speelt je kind buiten?',
      options: 'Na school\nIn het weekend\nIn de vakantie',
    });
    expect(before.status).toBe(302);
    const typed = await client.post(`${builder}/invoeren`, {
      intent: 'papier-invoeren',
      language: 'nl',
      [smiley]: 'goed',
      [choice]: '1',
      contact: '',
    });
    expect(typed.status, await typed.clone().text()).toBe(302);

    const removed = await edit({
      kind: 'keuze',
      text: 'Wanneer speelt je kind buiten?',
      options: 'In het weekend\nIn de vakantie',
    });
    expect(removed.status).toBe(400);
    const removedText = visibleText(await removed.text());
    expect(removedText).toContain('Ouders hebben deze vraag al beantwoord');
    expect(removedText).toContain('In het weekend');
    const otherKind = await edit({
      kind: 'open',
      text: 'Wanneer speelt je kind buiten?',
      options: '',
    });
    expect(otherKind.status).toBe(400);

    const reworded = await edit({
      kind: 'keuze',
      text: 'Wanneer speelt je kind meestal buiten?',
      options: 'Na school\nIn het weekend (zaterdag of zondag)\nIn de vakantie\nNooit',
    });
    expect(reworded.status, await reworded.clone().text()).toBe(302);
    const results = visibleText(await client.html(`${builder}/uitslag`));
    expect(results).toMatch(/In het weekend \(zaterdag of zondag\) 1 100%/);
  });

  it('closes after the closing date with a Dutch message and takes no more answers', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const { builder, publicPath } = await buildQuestionnaire(client, planId);
    const parent = new TestClient(app.baseUrl);
    const [smiley] = answerFieldsOf(await parent.html(publicPath)) as [string];

    const lastDayToday = await client.post(builder, {
      intent: 'vragenlijst-wijzig',
      title: 'Spelen in de wijk',
      intro: '',
      closesOn: todayInAmsterdam(),
    });
    expect(lastDayToday.status).toBe(302);
    expect((await parent.post(publicPath, { [smiley]: 'goed' })).status).toBe(303);

    await client.post(builder, {
      intent: 'vragenlijst-wijzig',
      title: 'Spelen in de wijk',
      intro: '',
      closesOn: dayFromToday(-1),
    });
    const closed = visibleText(await parent.html(publicPath));
    expect(closed).toContain('Je kunt deze vragenlijst niet meer invullen.');
    expect(answerFieldsOf(await parent.html(publicPath))).toEqual([]);
    const late = await parent.post(publicPath, { [smiley]: 'goed' });
    expect(late.status).toBe(410);
    expect(visibleText(await late.text())).toContain(
      'Je kunt deze vragenlijst niet meer invullen.',
    );
    expect(visibleText(await client.html(`${builder}/uitslag`))).toContain(
      '1 ouder vulde de vragenlijst in',
    );
  });

  it('goes into the plan document with its languages and answers, and comes back from it', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const { builder, publicPath } = await buildQuestionnaire(client, planId);
    const fields = answerFieldsOf(await client.html(publicPath));
    const [smiley, choice] = fields as [string, string];
    await client.post(`${builder}/taal?code=tr`, {
      intent: 'taal-opslaan',
      language: 'tr',
      [`vraag.${choice.replace('antwoord-', '')}.keuze.1`]: 'Hafta sonu',
    });
    const parent = new TestClient(app.baseUrl);
    await parent.post(`${publicPath}?taal=tr`, { [smiley]: 'goed', [choice]: '1' });

    const first = (await (
      await client.get(`/plannen/${planId}/export.json`)
    ).json()) as PlanDocumentInput;
    const form = new FormData();
    form.append(
      'file',
      new Blob([JSON.stringify(first)], { type: 'application/json' }),
      'plan.json',
    );
    const imported = await client.request('/plannen/import', { method: 'POST', body: form });
    const newPlanId = /\/plannen\/([0-9a-f-]{36})/.exec(
      imported.headers.get('Location') ?? '',
    )?.[1];
    const again = (await (
      await client.get(`/plannen/${newPlanId}/export.json`)
    ).json()) as PlanDocumentInput;

    expect(imported.status).toBe(303);
    expect(first.questionnaires?.[0]?.translations).toEqual([
      { language: 'tr', texts: { 'vraag.2.keuze.1': 'Hafta sonu' } },
    ]);
    expect(first.questionnaires?.[0]?.responses?.[0]?.answers).toEqual([
      { question: 1, value: 'goed' },
      { question: 2, value: '1' },
    ]);
    expect(comparablePlanDocument(again)).toEqual(comparablePlanDocument(first));
    const list = await client.html(`/plannen/${newPlanId}/vragenlijsten`);
    const newBuilder =
      /href="(\/plannen\/[^"]+\/vragenlijsten\/[0-9a-f-]{36})"/.exec(list)?.[1] ?? '';
    const newLink = /href="http:\/\/[^"]+(\/v\/[A-Za-z0-9_-]+)"/.exec(
      await client.html(newBuilder),
    )?.[1];
    expect(newLink).toBeDefined();
    expect(newLink).not.toBe(publicPath);
    expect(await parent.html(`${newLink}?taal=tr`)).toContain('Hafta sonu');
    expect(visibleText(await client.html(`${newBuilder}/uitslag`))).toContain(
      '1 ouder vulde de vragenlijst in',
    );
  });

  it('still imports a plan document from before questionnaires', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const document = (await (await client.get(`/plannen/${planId}/export.json`)).json()) as Record<
      string,
      unknown
    >;
    delete document.questionnaires;
    const form = new FormData();
    form.append(
      'file',
      new Blob([JSON.stringify(document)], { type: 'application/json' }),
      'plan.json',
    );

    const imported = await client.request('/plannen/import', { method: 'POST', body: form });

    expect(imported.status).toBe(303);
  });

  it('answers 404 for a link that does not exist', async () => {
    const response = await new TestClient(app.baseUrl).get('/v/bestaat-niet-bestaat-niet-bestaat');
    expect(response.status).toBe(404);
  });
});

describe(`the public answer limit (${kind})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind, env: { RATE_LIMIT: 'on' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('takes 30 answers an hour from one address, then asks to wait, counted in the database', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const { builder, publicPath } = await buildQuestionnaire(client, planId);
    const parent = new TestClient(app.baseUrl);
    const [smiley] = answerFieldsOf(await parent.html(publicPath)) as [string];

    const statuses: number[] = [];
    for (let n = 0; n < 31; n++) {
      statuses.push((await parent.post(publicPath, { [smiley]: 'goed' })).status);
    }

    expect(statuses.slice(0, 30).every((s) => s === 303)).toBe(true);
    expect(statuses[30]).toBe(429);
    const refused = await parent.post(publicPath, { [smiley]: 'goed' });
    expect(visibleText(await refused.text())).toContain(
      'Er kwamen te veel antwoorden van dit adres',
    );
    expect(visibleText(await client.html(`${builder}/uitslag`))).toContain(
      '30 ouders vulden de vragenlijst in',
    );
  });
});
