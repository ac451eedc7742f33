import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, editTokenOf, signUp, type TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// Steps 1, 2, 5 and 6 over HTTP, as a browser without JavaScript uses them: plain form posts,
// a redirect on success, 400 with the typed values on a mistake.

const kind = testDatabaseKind();

/** The text a reader sees: tags and React's text separators out, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<!-- -->/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The values of the checked inputs with this name. */
function checkedValues(html: string, name: string): string[] {
  const inputs = html.match(/<input[^>]*>/g) ?? [];
  return inputs
    .filter((tag) => tag.includes(`name="${name}"`) && /\schecked=""/.test(tag))
    .map((tag) => /value="([^"]*)"/.exec(tag)?.[1] ?? '');
}

/** The page a redirect points to; fails the test when the answer is not a redirect. */
async function follow(client: TestClient, response: Response): Promise<string> {
  expect(response.status, await response.clone().text()).toBe(302);
  return client.html(response.headers.get('Location') ?? '');
}

/** The record id in a redirect to `…#item-<id>`. */
function itemId(response: Response): string {
  const id = /#item-(.+)$/.exec(response.headers.get('Location') ?? '')?.[1];
  if (!id) throw new Error(`no record id in ${response.headers.get('Location')}`);
  return id;
}

const answers = {
  intent: 'antwoorden',
  learnWhat: 'hoe hun kinderen meer kunnen bewegen',
  needFor: 'samen een beweegplan voor de wijk te maken',
  ages: ['4-12'],
  circumstances: ['weinig-geld', 'alleenstaand'],
  targetNotes: '',
};

const method = {
  intent: 'werkvorm-nieuw',
  method: 'spiegelbijeenkomst',
  whenText: 'dinsdag na schooltijd',
  withWhom: 'ouders van De Regenboog, twee wethouders luisteren',
  learnGoal: 'wat ouders tegenhoudt om te sporten',
  notes: 'Oppas geregeld in het lokaal ernaast.',
};

const feedback = {
  intent: 'terugkoppeling-nieuw',
  what: 'Wat we hoorden over sporten, en wat de gemeente ermee doet',
  toWhom: 'de ouders van de spiegelbijeenkomst',
  channel: 'poster',
  plannedOn: '15-03-2027',
  doneOn: '',
};

describe(`steps 1, 2, 5 and 6 over HTTP (${kind})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind });
  });

  afterAll(async () => {
    await app?.stop();
  });

  async function newPlan() {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    return { client, planId, base: `/plannen/${planId}` };
  }

  describe('step 1: who and why', () => {
    it('saves the answers and shows the composed statement', async () => {
      const { client, base } = await newPlan();
      expect(visibleText(await client.html(`${base}/stap/1`))).toContain('Dit ontbreekt nog:');

      const page = await follow(client, await client.post(`${base}/stap/1`, answers));

      expect(visibleText(page)).toContain(
        'Ik wil in contact komen met ouders van kinderen van 4 tot 12 jaar (basisschool) die ' +
          'weinig geld hebben of hun kinderen alleen opvoeden. Samen met hen wil ik ontdekken ' +
          'hoe hun kinderen meer kunnen bewegen. Ik heb hen nodig om samen een beweegplan voor ' +
          'de wijk te maken.',
      );
      expect(checkedValues(page, 'circumstances')).toEqual(['weinig-geld', 'alleenstaand']);
      expect(checkedValues(page, 'status')).toEqual(['bezig']);
    });

    it('refuses a choice that is not in the list', async () => {
      const { client, base } = await newPlan();

      const response = await client.post(`${base}/stap/1`, { ...answers, ages: ['4-12', 'oud'] });

      expect(response.status).toBe(400);
      expect(visibleText(await response.text())).toContain('Kies een leeftijd uit de lijst.');
    });

    it('refuses 10,000 characters with a Dutch message and keeps what was typed', async () => {
      const { client, base } = await newPlan();

      const response = await client.post(`${base}/stap/1`, {
        ...answers,
        learnWhat: 'x'.repeat(10_000),
        needFor: 'dit heb ik net getypt',
        circumstances: ['weinig-nederlands'],
      });

      expect(response.status).toBe(400);
      const html = await response.text();
      expect(visibleText(html)).toContain('Deze tekst is te lang: gebruik hoogstens 2000 tekens.');
      expect(html).toContain('dit heb ik net getypt');
      expect(html).toContain('x'.repeat(10_000));
      expect(checkedValues(html, 'circumstances')).toEqual(['weinig-nederlands']);
      expect(visibleText(await client.html(`${base}/stap/1`))).not.toContain('dit heb ik');
    });

    it('shows typed HTML as text', async () => {
      const { client, base } = await newPlan();

      const page = await follow(
        client,
        await client.post(`${base}/stap/1`, {
          ...answers,
          learnWhat: 'wat werkt <script>alert("x")</script>',
          targetNotes: '<img src=x onerror=alert(1)>',
        }),
      );

      expect(page).not.toContain('<script>alert');
      expect(page).not.toContain('<img src=x');
      expect(page).toContain('&lt;script&gt;alert');
      expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });

    it('saves the step status', async () => {
      const { client, base } = await newPlan();

      const page = await follow(
        client,
        await client.post(`${base}/stap/1`, { intent: 'stap-status', status: 'klaar' }),
      );

      expect(checkedValues(page, 'status')).toEqual(['klaar']);
      await follow(client, await client.post(`${base}/stap/1`, answers));
      expect(checkedValues(await client.html(`${base}/stap/1`), 'status')).toEqual(['klaar']);
    });
  });

  describe('step 2: where they live', () => {
    it('adds a wijk from the list and a typed one, and saves why and notes', async () => {
      const { client, base } = await newPlan();
      const before = await client.html(`${base}/stap/2`);
      expect(visibleText(before)).toContain('Bron: CBS');
      expect(before).toContain('value="WK034401"');
      expect(before).not.toContain('value="WK034403"');

      const added = await follow(
        client,
        await client.post(`${base}/stap/2`, {
          intent: 'toevoegen',
          areas: ['WK034401', 'BU03440112'],
          typedAreas: 'Kanaleneiland-Zuid',
        }),
      );
      const ids = [...added.matchAll(/name="why-([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(ids).toHaveLength(4);
      const text = visibleText(added);
      for (const name of ['Wijk 03 Overvecht', 'Wijk 01 West', 'Oog in Al', 'Kanaleneiland-Zuid']) {
        expect(text).toContain(`Waarom ${name}?`);
      }

      const fields: Record<string, string> = { intent: 'toelichting' };
      ids.forEach((id, index) => {
        fields[`why-${id}`] = `Reden ${index}: veel gezinnen met weinig geld`;
        fields[`notes-${id}`] = index === 3 ? 'Naam staat niet in de CBS-lijst' : '';
      });
      const saved = await follow(client, await client.post(`${base}/stap/2`, fields));

      expect(visibleText(saved)).toContain('Reden 3: veel gezinnen met weinig geld');
      expect(visibleText(saved)).toContain('Naam staat niet in de CBS-lijst');
      expect(checkedValues(saved, 'status')).toEqual(['bezig']);
    });

    it('refuses a wijk of another municipality', async () => {
      const { client, base } = await newPlan();

      const response = await client.post(`${base}/stap/2`, {
        intent: 'toevoegen',
        areas: ['WK0363AB'],
        typedAreas: '',
      });

      expect(response.status).toBe(400);
      expect(visibleText(await response.text())).toContain('hoort niet bij Utrecht');
      expect(visibleText(await client.html(`${base}/stap/2`))).not.toContain('Jordaan');
    });

    it('refuses a too long reason and keeps every typed text', async () => {
      const { client, base } = await newPlan();
      const page = await client.html(`${base}/stap/2`);
      const id = /name="why-([^"]+)"/.exec(page)?.[1] ?? '';

      const response = await client.post(`${base}/stap/2`, {
        intent: 'toelichting',
        [`why-${id}`]: 'w'.repeat(2001),
        [`notes-${id}`]: 'mijn aantekening',
      });

      expect(response.status).toBe(400);
      const html = await response.text();
      expect(visibleText(html)).toContain('Deze tekst is te lang: gebruik hoogstens 2000 tekens.');
      expect(html).toContain('mijn aantekening');
    });

    it('asks before taking an area off the plan', async () => {
      const { client, base } = await newPlan();
      const page = await client.html(`${base}/stap/2`);
      const id = /name="why-([^"]+)"/.exec(page)?.[1] ?? '';

      const confirm = visibleText(await client.html(`${base}/stap/2?verwijder=${id}`));
      expect(confirm).toContain('Wil je Wijk 03 Overvecht uit dit plan halen?');
      const after = await follow(
        client,
        await client.post(`${base}/stap/2`, { intent: 'verwijderen', id }),
      );

      expect(visibleText(after)).toContain('Dit plan heeft nog geen wijk of buurt.');
      expect(after).toContain('value="WK034403"');
    });
  });

  describe('step 5: working together', () => {
    it('adds, changes and deletes work methods and insights, grouped by theme', async () => {
      const { client, base } = await newPlan();
      const url = `${base}/stap/5`;

      const methodId = itemId(await client.post(url, method));
      const edited = await follow(
        client,
        await client.post(url, {
          ...method,
          intent: 'werkvorm-wijzig',
          id: methodId,
          updatedAt: editTokenOf(await client.html(`${url}?wijzig=${methodId}`)),
          whenText: 'woensdagochtend',
        }),
      );
      expect(visibleText(edited)).toContain('woensdagochtend');
      expect(visibleText(edited)).not.toContain('dinsdag na schooltijd');

      const insight = { intent: 'inzicht-nieuw', workMethodId: '' };
      const first = itemId(
        await client.post(url, {
          ...insight,
          kind: 'ervaring',
          text: 'Sportclubs zijn te duur',
          theme: 'Bewegen',
        }),
      );
      await client.post(url, {
        ...insight,
        kind: 'idee',
        text: 'Gratis proefles op het schoolplein',
        theme: 'bewegen',
        workMethodId: methodId,
      });
      await client.post(url, {
        ...insight,
        kind: 'behoefte',
        text: 'Hulp bij het aanvragen van het jeugdfonds',
        theme: 'Geld',
      });
      const grouped = visibleText(await client.html(url));
      expect(grouped).toContain('Bewegen (2 inzichten: 1 ervaring, 1 idee)');
      expect(grouped).toContain('Geld (1 inzicht: 1 behoefte)');
      expect(grouped.indexOf('Bewegen (2')).toBeLessThan(grouped.indexOf('Geld (1'));
      expect(grouped).toContain('Uit: Spiegelbijeenkomst (woensdagochtend)');

      const editForm = await client.html(`${url}?wijzig=${first}`);
      expect(editForm).toContain('Sportclubs zijn te duur</textarea>');
      await follow(
        client,
        await client.post(url, {
          ...insight,
          intent: 'inzicht-wijzig',
          id: first,
          updatedAt: editTokenOf(editForm),
          kind: 'ervaring',
          text: 'Contributie van de sportclub is te hoog',
          theme: 'Geld',
        }),
      );
      const moved = visibleText(await client.html(url));
      expect(moved).toContain('Bewegen (1 inzicht: 1 idee)');
      expect(moved).toContain('Geld (2 inzichten: 1 ervaring, 1 behoefte)');

      await follow(client, await client.post(url, { intent: 'inzicht-verwijderen', id: first }));
      await follow(
        client,
        await client.post(url, { intent: 'werkvorm-verwijderen', id: methodId }),
      );
      const after = visibleText(await client.html(url));
      expect(after).not.toContain('Contributie van de sportclub');
      expect(after).toContain('Je hebt nog geen werkvorm gekozen.');
      expect(after).toContain('Gratis proefles op het schoolplein');
      expect(after).not.toContain('Uit: Spiegelbijeenkomst');
    });

    it('refuses an unknown method and an insight without text', async () => {
      const { client, base } = await newPlan();
      const url = `${base}/stap/5`;

      const wrongMethod = await client.post(url, { ...method, method: 'zomaar' });
      const noText = await client.post(url, {
        intent: 'inzicht-nieuw',
        kind: 'idee',
        text: '   ',
        theme: 'Eten op school',
        workMethodId: '',
      });

      expect(wrongMethod.status).toBe(400);
      expect(visibleText(await wrongMethod.text())).toContain('Kies een werkvorm.');
      expect(noText.status).toBe(400);
      const html = await noText.text();
      expect(visibleText(html)).toContain('Vul het inzicht in.');
      expect(html).toContain('value="Eten op school"');
    });

    it('keeps a status the user set when something is saved later', async () => {
      const { client, base } = await newPlan();
      const url = `${base}/stap/5`;

      await follow(client, await client.post(url, { intent: 'stap-status', status: 'klaar' }));
      await follow(client, await client.post(url, method));

      expect(checkedValues(await client.html(url), 'status')).toEqual(['klaar']);
    });
  });

  describe('step 6: reporting back', () => {
    it('adds a feedback action and marks it done, after which the plan can be finished', async () => {
      const { client, base } = await newPlan();
      const url = `${base}/stap/6`;

      const created = await client.post(url, feedback);
      const id = itemId(created);
      const page = visibleText(await follow(client, created));
      expect(page).toContain('Gepland op 15 maart 2027');
      expect(page).toContain('Nog niet gedaan');
      expect(page).toContain('Je terugkoppeling is nog niet gedaan.');
      const early = await client.post(base, { intent: 'status', status: 'afgerond' });
      expect(early.status).toBe(400);

      const done = visibleText(
        await follow(client, await client.post(url, { intent: 'terugkoppeling-gedaan', id })),
      );

      expect(done).toMatch(/Gedaan op \d{1,2} \w+ \d{4}/);
      expect(done).toContain('Je terugkoppeling is gedaan.');
      const finished = await client.post(base, { intent: 'status', status: 'afgerond' });
      expect(finished.status).toBe(302);
    });

    it('changes an action in place, with the dates as typed', async () => {
      const { client, base } = await newPlan();
      const url = `${base}/stap/6`;
      const id = itemId(await client.post(url, feedback));

      const form = await client.html(`${url}?wijzig=${id}`);
      expect(form).toContain('value="15-03-2027"');
      const page = visibleText(
        await follow(
          client,
          await client.post(url, {
            ...feedback,
            intent: 'terugkoppeling-wijzig',
            id,
            updatedAt: editTokenOf(form),
            channel: 'brief',
            done: 'on',
            doneOn: '2-4-2026',
          }),
        ),
      );

      expect(page).toContain('Brief in eenvoudige taal');
      expect(page).toContain('Gedaan op 2 april 2026');

      // Done means the parents heard back: a day still to come is refused, the typed date kept.
      const edited = await client.html(`${url}?wijzig=${id}`);
      const future = await client.post(`${url}?wijzig=${id}`, {
        ...feedback,
        intent: 'terugkoppeling-wijzig',
        id,
        updatedAt: editTokenOf(edited),
        done: 'on',
        doneOn: '16-03-2099',
      });
      expect(future.status).toBe(400);
      const futureHtml = await future.text();
      expect(visibleText(futureHtml)).toContain('Deze datum ligt in de toekomst.');
      expect(futureHtml).toContain('value="16-03-2099"');
    });

    it('refuses a date that does not exist and keeps it in the field', async () => {
      const { client, base } = await newPlan();

      const response = await client.post(`${base}/stap/6`, {
        ...feedback,
        plannedOn: '31-02-2027',
      });

      expect(response.status).toBe(400);
      const html = await response.text();
      expect(visibleText(html)).toContain('Deze datum bestaat niet. Kijk de dag en de maand na.');
      expect(html).toContain('value="31-02-2027"');
      expect(html).toContain('de ouders van de spiegelbijeenkomst');
    });

    it('deletes an action after asking', async () => {
      const { client, base } = await newPlan();
      const url = `${base}/stap/6`;
      const id = itemId(await client.post(url, feedback));

      const confirm = visibleText(await client.html(`${url}?verwijder=${id}`));
      expect(confirm).toContain('Wil je deze terugkoppeling verwijderen?');
      const after = visibleText(
        await follow(client, await client.post(url, { intent: 'terugkoppeling-verwijderen', id })),
      );

      expect(after).toContain('Er staat nog niets in de lijst.');
    });
  });

  describe('another organisation', () => {
    it('gets 404 for the plan and for every record id of this organisation', async () => {
      const owner = await newPlan();
      const ownerArea = /name="why-([^"]+)"/.exec(await owner.client.html(`${owner.base}/stap/2`));
      const areaId = ownerArea?.[1] ?? '';
      const methodId = itemId(await owner.client.post(`${owner.base}/stap/5`, method));
      const insightId = itemId(
        await owner.client.post(`${owner.base}/stap/5`, {
          intent: 'inzicht-nieuw',
          kind: 'idee',
          text: 'Geheim idee van de eigenaar',
          theme: '',
          workMethodId: methodId,
        }),
      );
      const actionId = itemId(await owner.client.post(`${owner.base}/stap/6`, feedback));
      const other = await newPlan();

      for (const step of [1, 2, 5, 6]) {
        const response = await other.client.get(`${owner.base}/stap/${step}`);
        expect(response.status, `step ${step}`).toBe(404);
      }
      // Any token: the record is of another organisation, so the answer is 404 either way.
      const stale = new Date().toISOString();
      const attempts: [string, Record<string, string | string[]>][] = [
        [`${owner.base}/stap/1`, answers],
        [`${other.base}/stap/2`, { intent: 'verwijderen', id: areaId }],
        [
          `${other.base}/stap/5`,
          { ...method, intent: 'werkvorm-wijzig', id: methodId, updatedAt: stale },
        ],
        [`${other.base}/stap/5`, { intent: 'werkvorm-verwijderen', id: methodId }],
        [
          `${other.base}/stap/5`,
          {
            intent: 'inzicht-wijzig',
            id: insightId,
            updatedAt: stale,
            kind: 'idee',
            text: 'Gekaapt',
            theme: '',
          },
        ],
        [`${other.base}/stap/5`, { intent: 'inzicht-verwijderen', id: insightId }],
        [`${other.base}/stap/6`, { intent: 'terugkoppeling-gedaan', id: actionId }],
        [
          `${other.base}/stap/6`,
          { ...feedback, intent: 'terugkoppeling-wijzig', id: actionId, updatedAt: stale },
        ],
        [`${other.base}/stap/6`, { intent: 'terugkoppeling-verwijderen', id: actionId }],
      ];
      for (const [path, fields] of attempts) {
        const response = await other.client.post(path, fields);
        expect(response.status, `${path} ${fields.intent}`).toBe(404);
      }
      for (const [step, id] of [
        [5, methodId],
        [5, insightId],
        [6, actionId],
      ] as const) {
        const response = await other.client.get(`${other.base}/stap/${step}?wijzig=${id}`);
        expect(response.status).toBe(404);
      }
      const linked = await other.client.post(`${other.base}/stap/5`, {
        intent: 'inzicht-nieuw',
        kind: 'idee',
        text: 'Koppelen aan een werkvorm van een ander',
        theme: '',
        workMethodId: methodId,
      });
      expect(linked.status).toBe(400);

      expect(visibleText(await owner.client.html(`${owner.base}/stap/2`))).toContain(
        'Waarom Wijk 03 Overvecht?',
      );
      const ownerStep5 = visibleText(await owner.client.html(`${owner.base}/stap/5`));
      expect(ownerStep5).toContain('Geheim idee van de eigenaar');
      expect(ownerStep5).toContain('Spiegelbijeenkomst');
      expect(visibleText(await owner.client.html(`${owner.base}/stap/6`))).toContain(
        'Nog niet gedaan',
      );
    });
  });
});
