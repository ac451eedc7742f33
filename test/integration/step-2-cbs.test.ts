import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { parseCsv } from '../../scripts/build-region-data.ts';
import { type AppServer, startAppServer } from '../support/app-server';
import { type FakeCbs, startFakeCbs } from '../support/fake-cbs';
import { createPlan, signUp, type TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// Step 2's CBS figures over HTTP, as a browser without JavaScript uses them: sorting links,
// the weights GET form, choosing wijken from the table, fetching from a fake CBS, importing files.

const kind = testDatabaseKind();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/cbs/${name}`, import.meta.url));

function visibleText(html: string): string {
  return html
    .replace(/<!-- -->/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The names in the row headers of the figures table, top to bottom. */
function rowNames(html: string): string[] {
  const body = /<table class="s2-table">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1] ?? '');
}

async function follow(client: TestClient, response: Response): Promise<string> {
  expect(response.status, await response.clone().text()).toBe(302);
  return client.html(response.headers.get('Location') ?? '');
}

function upload(
  client: TestClient,
  path: string,
  file: { name: string; bytes: Uint8Array; type: string },
  year = '',
) {
  const form = new FormData();
  form.set('intent', 'cbs-bestand');
  form.set('year', year);
  form.set('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return client.request(path, { method: 'POST', body: form });
}

describe(`step 2 CBS figures over HTTP (${kind})`, () => {
  let app: AppServer;
  let cbs: FakeCbs;
  let database: DatabaseHandle;

  beforeAll(async () => {
    cbs = await startFakeCbs();
    app = await startAppServer({
      kind,
      env: { CBS_ODATA_URL: cbs.v4Url, CBS_ODATA_V3_URL: cbs.v3Url },
    });
    database = openDatabase({ databaseUrl: app.databaseUrl, dataDir: app.dataDir });
  });

  afterAll(async () => {
    await database?.close();
    await app?.stop();
    await cbs?.close();
  });

  async function newPlan() {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    await client.post(`/plannen/${planId}/stap/1`, {
      intent: 'antwoorden',
      learnWhat: 'hoe kinderen meer kunnen bewegen',
      needFor: 'een beweegplan',
      ages: ['4-12'],
      circumstances: ['weinig-geld', 'alleenstaand'],
      targetNotes: '',
    });
    return { client, planId, page: `/plannen/${planId}/stap/2` };
  }

  it('shows a table of every wijk for screen readers, with sources and unknown values', async () => {
    const { client, page } = await newPlan();

    const html = await client.html(page);
    const text = visibleText(html);

    expect(html).toContain('<caption id="cijfertabel">');
    expect(text).toContain('Cijfers van de wijken van Utrecht');
    expect(rowNames(html)).toHaveLength(10);
    expect(html).toMatch(/<th scope="col" aria-sort="ascending"[^>]*><a[^>]*>Plek/);
    expect(text).toContain('Bron: CBS');
    expect(text).toContain('onbekend');
    expect(text).toMatch(/in plaats van inkomen/);
    expect(text).toContain('In stap 1 koos je: 4 tot 12 jaar (basisschool), weinig geld');
    expect(text).toContain('geen cijfers over alleenstaande ouders');
    expect(text).toContain('Kaartgegevens © Kadaster');
    expect(text).toContain('Wijkgrenzen: Kadaster / CBS');
    // The wijk already on the plan is marked, not offered again.
    expect(html).not.toContain('value="WK034403" aria-label');
  });

  it('sorts by a column with plain links, unknown values last', async () => {
    const { client, page } = await newPlan();

    const html = await client.html(`${page}?sorteer=inwoners&richting=af`);

    expect(rowNames(html).slice(0, 2)).toEqual([
      'Wijk 10 Vleuten-De Meern',
      'Wijk 09 Leidsche Rijn',
    ]);
    expect(html).toMatch(/aria-sort="descending"[^>]*><a[^>]*>Inwoners/);
    expect(html).toContain('sorteer=inwoners&amp;richting=op');
    const byName = await client.html(`${page}?sorteer=naam&richting=op`);
    expect(rowNames(byName)[0]).toBe('Wijk 01 West');
  });

  it('changes the weights with a GET form and shows the chosen weights', async () => {
    const { client, page } = await newPlan();

    const html = await client.html(`${page}?gewicht-herkomst=3&gewicht-inkomen=0`);

    const herkomst = /<select[^>]*name="gewicht-herkomst"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
    expect(herkomst).toMatch(/<option value="3"[^>]*selected=""[^>]*>telt zwaar mee/);
    expect(visibleText(html)).toContain('Terug naar de keuze uit stap 1');
    expect(visibleText(html)).toMatch(/herkomst buiten Europa/);
  });

  it('chooses wijken for the plan from the table', async () => {
    const { client, page } = await newPlan();

    const empty = await client.post(page, { intent: 'kiezen' });
    expect(empty.status).toBe(400);
    expect(visibleText(await empty.text())).toContain(
      'Vink in de tabel eerst een wijk of buurt aan.',
    );

    const html = await follow(
      client,
      await client.post(page, { intent: 'kiezen', areas: ['WK034401', 'WK034408'] }),
    );
    expect(visibleText(html)).toContain('Er zijn 2 wijken en buurten toegevoegd.');
    expect(html).toContain('Waarom Wijk 01 West?');
    expect(html).toContain('Waarom Wijk 08 Zuidwest?');
  });

  it('fetches figures from CBS online, keeps them with the date, and shows the year', async () => {
    const { client, page } = await newPlan();
    cbs.mode = 'ok';

    const html = await follow(client, await client.post(page, { intent: 'cbs-ophalen' }));

    const text = visibleText(html);
    expect(text).toContain('De cijfers van het CBS zijn opgehaald: 122 gebieden.');
    expect(text).toMatch(
      /Cijfers van de website van het CBS \(tabel 85984NED, 85618NED\), opgehaald op \d/,
    );
    expect(text).toContain('Haal de cijfers opnieuw op bij het CBS');
    const rows = await database.db.selectFrom('cbsFigureSet').select(['source']).execute();
    expect(rows.some((r) => r.source === 'online')).toBe(true);
  });

  it('keeps the page working with a clear message when CBS fails', async () => {
    const { client, page } = await newPlan();
    cbs.mode = 'error-500';

    const html = await follow(client, await client.post(page, { intent: 'cbs-ophalen' }));

    cbs.mode = 'ok';
    const text = visibleText(html);
    expect(text).toContain(
      'Het ophalen bij het CBS is niet gelukt. De website van het CBS gaf een foutmelding.',
    );
    expect(text).toContain('Je werkt verder met de cijfers die de app al heeft.');
    expect(rowNames(html)).toHaveLength(10);
  });

  it('imports the CSV form of a CBS file and shows its figures', async () => {
    const { client, page } = await newPlan();
    const csv = fixture('utrecht_GM0344_kwb2023.csv');

    const html = await follow(
      client,
      await upload(client, page, { name: 'kwb-2023.csv', bytes: csv, type: 'text/csv' }),
    );

    const text = visibleText(html);
    expect(text).toContain('Het bestand is ingelezen: cijfers van 122 gebieden.');
    expect(text).toContain('Kerncijfers uit een bestand (2023)');
  });

  it("imports CBS's XLSX download", async () => {
    const { client, page } = await newPlan();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('kwb-2023');
    for (const row of parseCsv(fixture('utrecht_GM0344_kwb2023.csv').toString('utf8'))) {
      sheet.addRow(row.map((cell) => (/^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)));
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const html = await follow(
      client,
      await upload(
        client,
        page,
        {
          name: 'download.xlsx',
          bytes,
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        '2023',
      ),
    );

    expect(visibleText(html)).toContain('Het bestand is ingelezen: cijfers van 122 gebieden.');
  });

  it('imports all or nothing, with Dutch messages next to the field', async () => {
    const { client, page, planId } = await newPlan();
    void planId;
    const before = await database.db.selectFrom('cbsFigureSet').select('id').execute();
    const broken = new TextEncoder().encode('gwb_code_10,a_inw\nWK034401,100\nonzin,5\n');

    const response = await upload(client, page, {
      name: 'kwb-2023.csv',
      bytes: broken,
      type: 'text/csv',
    });
    expect(response.status).toBe(400);
    const text = visibleText(await response.text());
    expect(text).toContain('Regel 3 heeft geen geldige code');
    expect(text).toContain('Er is niets ingelezen.');

    const noYear = await upload(client, page, {
      name: 'cijfers.csv',
      bytes: new TextEncoder().encode('gwb_code_10,a_inw\nWK034401,100\n'),
      type: 'text/csv',
    });
    expect(noYear.status).toBe(400);
    expect(visibleText(await noYear.text())).toContain('Vul het jaar van de cijfers in.');

    const otherCity = await upload(client, page, {
      name: 'ses.csv',
      bytes: fixture('ses_woa_2019_amsterdam_85163NED_statline_export.csv'),
      type: 'text/csv',
    });
    expect(otherCity.status).toBe(400);
    expect(visibleText(await otherCity.text())).toContain(
      'In dit bestand staan geen cijfers van Utrecht.',
    );

    const after = await database.db.selectFrom('cbsFigureSet').select('id').execute();
    expect(after).toHaveLength(before.length);
  });

  it("keeps an organisation's fetched figures to itself", async () => {
    const first = await newPlan();
    await upload(first.client, first.page, {
      name: 'kwb-2023.csv',
      bytes: fixture('utrecht_GM0344_kwb2023.csv'),
      type: 'text/csv',
    });
    const second = await newPlan();

    const html = await second.client.html(second.page);

    expect(visibleText(html)).not.toContain('Kerncijfers uit een bestand');
  });

  it('works for Amsterdam with letter codes, and imports a SES-WOA StatLine export', async () => {
    const { client } = await signUp(app.baseUrl);
    const created = await client.post('/plannen/nieuw', {
      title: 'Ouders in Amsterdam',
      municipality: 'GM0363',
      areas: ['WK0363AF'],
      typedAreas: '',
    });
    const planId = /\/plannen\/([^/]+)\/stap\/1/.exec(created.headers.get('Location') ?? '')?.[1];
    const page = `/plannen/${planId}/stap/2`;

    const html = await client.html(page);
    expect(rowNames(html).length).toBeGreaterThan(100);
    expect(html).toContain('value="WK0363AG"');
    const imported = await follow(
      client,
      await upload(client, page, {
        name: 'SES_WOA_scores.csv',
        bytes: fixture('ses_woa_2019_amsterdam_85163NED_statline_export.csv'),
        type: 'text/csv',
      }),
    );

    const text = visibleText(imported);
    expect(text).toMatch(/Het bestand is ingelezen: cijfers van \d+ gebieden\./);
    expect(text).toContain('SES-WOA-scores uit een bestand (2019)');
  });

  it('puts meeting places with coordinates on the map data, top 3 marked', async () => {
    const { client, planId, page } = await newPlan();
    const card = `/plannen/${planId}/overzichtskaart`;
    await client.post(`${card}?toevoegen=buurthuis`, {
      category: 'buurthuis',
      name: 'Buurthuis De Schakel',
      address: '',
      postcode: '',
      city: '',
      whenParents: '',
      organisationName: '',
      contactPerson: '',
      phone: '',
      email: '',
      socialMedia: '',
      notes: '',
      tipFrom: '',
      intent: 'plek-toevoegen',
      formToken: randomUUID(),
    });
    const without = await client.html(page);
    expect(visibleText(without)).toContain(
      'Nu heeft nog geen plek van dit plan een plaats op de kaart.',
    );

    await database.db
      .updateTable('place')
      .set({ latitude: 52.1167, longitude: 5.1039, wijkCode: 'WK034403' })
      .where('name', '=', 'Buurthuis De Schakel')
      .execute();
    await database.db
      .updateTable('planPlace')
      .set({ topRank: 1 })
      .where('planId', '=', planId)
      .execute();
    const html = await client.html(page);

    expect(visibleText(html)).not.toContain('Nu heeft nog geen plek');
    expect(html).toMatch(/Buurthuis De Schakel[^}]*52\.1167/);
  });
});
