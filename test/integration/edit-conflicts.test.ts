import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, editTokenOf, signUp } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// Two tabs (or two colleagues) edit the same record of steps 3 to 6. The later save must not
// silently overwrite the earlier one: the user sees both versions and chooses. The overzichtskaart
// has the same test for places in overzichtskaart.test.ts.

const kind = testDatabaseKind();

type Editable = {
  what: string;
  step: number;
  /** The form that adds the record. */
  create: Record<string, string>;
  editIntent: string;
  removeIntent: string;
  /** The text field both tabs change. */
  field: string;
};

const editables: Editable[] = [
  {
    what: 'a contact moment (step 3)',
    step: 3,
    create: {
      intent: 'contactmoment-nieuw',
      withWhom: 'Juf Samira',
      placeId: '',
      plannedOn: '14-03-2027',
      plannedTime: '09:30',
      purpose: 'Kennismaken',
      momentStatus: 'gepland',
      discussedOn: '',
    },
    editIntent: 'contactmoment-wijzig',
    removeIntent: 'contactmoment-verwijderen',
    field: 'purpose',
  },
  {
    what: 'a visit (step 4)',
    step: 4,
    create: {
      intent: 'bezoek-nieuw',
      placeId: '',
      placeText: 'Koffieochtend buurthuis',
      visitOn: '2027-04-02',
      visitStatus: 'gepland',
      parentsBusyWith: '',
      notes: 'Eerste keer',
    },
    editIntent: 'bezoek-wijzig',
    removeIntent: 'bezoek-verwijderen',
    field: 'notes',
  },
  {
    what: 'a work method (step 5)',
    step: 5,
    create: {
      intent: 'werkvorm-nieuw',
      method: 'spiegelbijeenkomst',
      whenText: 'dinsdag na schooltijd',
      withWhom: 'ouders van De Regenboog',
      learnGoal: 'wat ouders tegenhoudt om te sporten',
      notes: 'Oppas geregeld',
    },
    editIntent: 'werkvorm-wijzig',
    removeIntent: 'werkvorm-verwijderen',
    field: 'notes',
  },
  {
    what: 'an insight (step 5)',
    step: 5,
    create: {
      intent: 'inzicht-nieuw',
      workMethodId: '',
      kind: 'ervaring',
      text: 'De contributie is te hoog',
      theme: 'Geld',
    },
    editIntent: 'inzicht-wijzig',
    removeIntent: 'inzicht-verwijderen',
    field: 'text',
  },
  {
    what: 'a feedback action (step 6)',
    step: 6,
    create: {
      intent: 'terugkoppeling-nieuw',
      what: 'Wat we hoorden over sporten',
      toWhom: 'de ouders van de spiegelbijeenkomst',
      channel: 'poster',
      plannedOn: '15-03-2027',
      doneOn: '',
    },
    editIntent: 'terugkoppeling-wijzig',
    removeIntent: 'terugkoppeling-verwijderen',
    field: 'what',
  },
];

describe(`edit conflicts in steps 3 to 6 (${kind})`, () => {
  let app: AppServer;
  let dropPostgres: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
    dropPostgres = pg?.drop;
    app = await startAppServer({ kind: 'sqlite', env: pg ? { DATABASE_URL: pg.url } : {} });
  });

  afterAll(async () => {
    await app?.stop();
    await dropPostgres?.();
  });

  async function addRecord(editable: Editable) {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const url = `/plannen/${planId}/stap/${editable.step}`;
    const added = await client.post(url, editable.create);
    expect(added.status, await added.clone().text()).toBe(302);
    // The record's id as a user reaches it: the link to change it.
    const id = /\?wijzig=([^"#&]+)/.exec(await client.html(url))?.[1];
    if (!id) throw new Error(`no change link on ${url}`);
    return { client, url, id };
  }

  function edit(editable: Editable, id: string, token: string, text: string) {
    const { intent: _intent, ...fields } = editable.create;
    return { ...fields, intent: editable.editIntent, id, updatedAt: token, [editable.field]: text };
  }

  for (const editable of editables) {
    it(`shows both versions of ${editable.what} and saves the chosen one`, async () => {
      const { client, url, id } = await addRecord(editable);
      const token = editTokenOf(await client.html(`${url}?wijzig=${id}`));

      const tabA = await client.post(`${url}?wijzig=${id}`, edit(editable, id, token, 'Tab A'));
      const tabB = await client.post(`${url}?wijzig=${id}`, edit(editable, id, token, 'Tab B'));

      expect(tabA.status).toBe(302);
      expect(tabB.status).toBe(409);
      const conflict = await tabB.text();
      expect(conflict).toContain('Dit is intussen ook gewijzigd');
      expect(conflict).toContain('Tab A');
      expect(conflict).toContain('Tab B');
      expect(conflict).toContain('Mijn versie opslaan');
      expect(conflict).toContain('Wat er nu staat houden');
      let page = await client.html(url);
      expect(page).toContain('Tab A');
      expect(page).not.toContain('Tab B');

      const fresh = editTokenOf(conflict);
      expect(fresh).not.toBe(token);
      const mine = await client.post(`${url}?wijzig=${id}`, edit(editable, id, fresh, 'Tab B'));
      expect(mine.status).toBe(302);
      page = await client.html(url);
      expect(page).toContain('Tab B');
      expect(page).not.toContain('Tab A');
    });

    it(`saves ${editable.what} without a question when both tabs typed the same`, async () => {
      const { client, url, id } = await addRecord(editable);
      const token = editTokenOf(await client.html(`${url}?wijzig=${id}`));

      await client.post(`${url}?wijzig=${id}`, edit(editable, id, token, 'Zelfde tekst'));
      const again = await client.post(
        `${url}?wijzig=${id}`,
        edit(editable, id, token, 'Zelfde tekst'),
      );

      expect(again.status).toBe(302);
    });

    it(`puts ${editable.what} back with the user's changes when it was removed meanwhile`, async () => {
      const { client, url, id } = await addRecord(editable);
      const token = editTokenOf(await client.html(`${url}?wijzig=${id}`));
      const removed = await client.post(url, { intent: editable.removeIntent, id });
      expect(removed.status).toBe(302);

      const saved = await client.post(`${url}?wijzig=${id}`, edit(editable, id, token, 'Terug'));

      expect(saved.status).toBe(302);
      const page = await client.html(url);
      expect(page).toContain('intussen verwijderd');
      expect(page).toContain('Terug');
    });
  }

  it('refuses an edit without its token with a message, keeping what was typed', async () => {
    const editable = editables[2] as Editable;
    const { client, url, id } = await addRecord(editable);
    const { updatedAt: _token, ...withoutToken } = edit(editable, id, '', 'Zonder sleutel');

    const response = await client.post(`${url}?wijzig=${id}`, withoutToken);

    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Dit formulier is te oud.');
    expect(html).toContain('Zonder sleutel');
  });
});
