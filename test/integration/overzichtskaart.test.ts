import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaceOnPlan, listPlanPlaces } from '~/features/overzichtskaart/places.server';
import { CATEGORIES } from '~/features/plans/domain';
import { createPlan as createPlanInDb } from '~/features/plans/plans.server';
import type { Runtime } from '~/lib/runtime.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, type TestClient } from '../support/http';
import { startTestRuntime, testDatabaseKind } from '../support/runtime';

// The PDF checks read the file back with pdftotext (poppler-utils). Without it they are skipped
// with a warning, except under CI=true, where they must run.
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
const isCi = process.env.CI === 'true';
if (!hasPoppler && !isCi) {
  console.warn(
    'Skipping the overzichtskaart PDF text checks: pdftotext is not installed (apt-get install poppler-utils).',
  );
}

const EMPTY_PLACE = {
  category: 'school',
  name: '',
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
};

type PlaceInput = Partial<typeof EMPTY_PLACE>;

function addForm(fields: PlaceInput, formToken = randomUUID()): Record<string, string> {
  return { ...EMPTY_PLACE, ...fields, intent: 'plek-toevoegen', formToken };
}

/** React writes text and attribute values with these five characters escaped. */
function escaped(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}

/** The value attribute of the first input with this name. */
function inputValue(html: string, name: string): string | undefined {
  const tag = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? '';
  return /value="([^"]*)"/.exec(tag)?.[1];
}

function placeIdFrom(response: Response): string {
  const match = /#plek-([0-9a-f-]+)$/.exec(response.headers.get('Location') ?? '');
  if (!match?.[1]) throw new Error(`no place in redirect: ${response.status}`);
  return match[1];
}

/** The text of the flash message on the page a redirect leads to. */
async function flashAfter(client: TestClient, response: Response): Promise<string> {
  const html = await client.html(response.headers.get('Location') ?? '/');
  return /class="flash flash--\w+" role="status">([^<]*)</.exec(html)?.[1] ?? '';
}

function pdfText(bytes: ArrayBuffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'oidw-okaart-'));
  try {
    const file = path.join(dir, 'kaart.pdf');
    writeFileSync(file, Buffer.from(bytes));
    const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout.replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe(`overzichtskaart (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind() });
  });

  afterAll(async () => {
    await app?.stop();
  });

  async function newPlan() {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    return { client, planId, page: `/plannen/${planId}/overzichtskaart` };
  }

  async function addPlace(client: TestClient, page: string, fields: PlaceInput) {
    const response = await client.post(
      `${page}?toevoegen=${fields.category ?? 'school'}`,
      addForm(fields),
    );
    expect(response.status, await response.clone().text()).toBe(302);
    return placeIdFrom(response);
  }

  it('shows the nine categories as cards, with guidance, print and PDF links', async () => {
    const { client, page, planId } = await newPlan();

    const response = await client.get(page);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('Waar kun je ouders ontmoeten?');
    for (const category of CATEGORIES) {
      expect(html).toContain(`id="kaart-${category.key}"`);
      expect(html).toContain(escaped(category.label));
    }
    expect(html).toContain(`href="/plannen/${planId}/overzichtskaart.pdf"`);
    expect(html).toContain(`href="/plannen/${planId}/overzichtskaart?leeg=1"`);
    expect(html).toContain('Ctrl+P');
    expect(html).toContain('@bottom-left');
  });

  it('opens the add form inside the card without JavaScript', async () => {
    const { client, page } = await newPlan();

    const html = await client.html(`${page}?toevoegen=markt`);

    const card = html.slice(html.indexOf('id="kaart-markt"'), html.indexOf('id="kaart-sport"'));
    expect(card).toContain('name="intent" value="plek-toevoegen"');
    expect(card).toContain('name="category" value="markt"');
    expect(card).toMatch(/name="formToken" value="[0-9a-f-]{36}"/);
    expect(card).toContain('maxLength="150"');
  });

  it('adds a place with a plain form post and shows every filled field on the card', async () => {
    const { client, page } = await newPlan();

    const response = await client.post(
      `${page}?toevoegen=buurthuis`,
      addForm({
        category: 'buurthuis',
        name: 'Buurthuis De Schakel',
        address: 'Neckardreef 8',
        postcode: '3562 CL',
        city: 'Utrecht',
        whenParents: 'Koffieochtend op woensdag',
        organisationName: 'Stichting Welzijn',
        contactPerson: 'Ayşe Demir',
        phone: '030-7654321',
        email: 'info@deschakel.example.nl',
        socialMedia: 'https://www.facebook.com/deschakel',
        notes: 'Eerste gesprek was fijn.',
        tipFrom: 'Buurtvader Şükrü',
      }),
    );

    expect(response.status).toBe(302);
    const placeId = placeIdFrom(response);
    expect(await flashAfter(client, response)).toContain(
      'Buurthuis De Schakel staat nu op de kaart',
    );
    const html = await client.html(page);
    const card = html.slice(html.indexOf('id="kaart-buurthuis"'), html.indexOf('id="kaart-markt"'));
    expect(card).toContain(`id="plek-${placeId}"`);
    for (const text of [
      'Buurthuis De Schakel',
      'Neckardreef 8, 3562 CL Utrecht',
      'Koffieochtend op woensdag',
      'Stichting Welzijn',
      'Ayşe Demir',
      'href="tel:+31307654321"',
      'href="mailto:info@deschakel.example.nl"',
      'href="https://www.facebook.com/deschakel"',
      'Eerste gesprek was fijn.',
      'Buurtvader Şükrü',
      '1 plek',
    ]) {
      expect(card).toContain(text);
    }
  });

  it('marks the top 3 on the card and puts them first, with the reason', async () => {
    const { client, page, planId } = await newPlan();
    await addPlace(client, page, { name: 'Aardige school' });
    const chosen = await addPlace(client, page, { name: 'Zonnige school' });

    const saved = await client.post(`/plannen/${planId}/stap/3`, {
      intent: 'top-3',
      top1: chosen,
      reason1: 'De directeur kent veel ouders.',
      top2: '',
      reason2: '',
      top3: '',
      reason3: '',
    });

    expect(saved.status).toBe(302);
    const html = await client.html(page);
    const card = html.slice(
      html.indexOf('id="kaart-school"'),
      html.indexOf('id="kaart-buurthuis"'),
    );
    expect(card).toMatch(/class="okaart-top">Top 1/);
    expect(card).toContain('De directeur kent veel ouders.');
    expect(card.indexOf('Zonnige school')).toBeLessThan(card.indexOf('Aardige school'));
  });

  it('says in Dutch that the name is missing and keeps everything typed (400)', async () => {
    const { client, page } = await newPlan();

    const response = await client.post(
      `${page}?toevoegen=school`,
      addForm({ name: '   ', address: 'Teststraat 1', notes: 'Niet kwijtraken' }),
    );

    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Vul de naam van de plek in.');
    expect(html).toContain('value="Teststraat 1"');
    expect(html).toContain('Niet kwijtraken');
    expect(html).toContain('aria-invalid="true"');
  });

  it('refuses a name of 10,000 characters with a message (400)', async () => {
    const { client, page } = await newPlan();

    const response = await client.post(
      `${page}?toevoegen=school`,
      addForm({ name: 'a'.repeat(10_000) }),
    );

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Deze tekst is te lang: gebruik hoogstens 150 tekens.');
    expect(await client.html(page)).toContain('Nog geen plekken.');
  });

  it('refuses an e-mail address that is not one, with a Dutch message', async () => {
    const { client, page } = await newPlan();

    const response = await client.post(
      `${page}?toevoegen=school`,
      addForm({ name: 'School', email: 'geen adres' }),
    );

    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Dit is geen e-mailadres.');
    expect(html).toContain('value="geen adres"');
  });

  it('shows HTML typed into any field as text, never as markup', async () => {
    const { client, page } = await newPlan();
    const fields: PlaceInput = {};
    for (const field of [
      'name',
      'address',
      'city',
      'whenParents',
      'organisationName',
      'contactPerson',
      'socialMedia',
      'notes',
      'tipFrom',
    ] as const) {
      fields[field] = `<script>x-${field}</script>`;
    }

    const placeId = await addPlace(client, page, fields);
    const html = await client.html(page);
    const edit = await client.html(`${page}?wijzig=${placeId}`);

    for (const [field, value] of Object.entries(fields)) {
      expect(html, field).toContain(escaped(value));
      expect(html, field).not.toContain(value);
      expect(edit, field).toContain(escaped(value));
    }
    // E-mail, phone and postcode refuse markup, and show it back as text.
    for (const field of ['email', 'phone', 'postcode'] as const) {
      const typed = `<b>x-${field}</b>`;
      const refused = await client.post(
        `${page}?toevoegen=school`,
        addForm({ name: 'School', [field]: typed }),
      );
      expect(refused.status, field).toBe(400);
      const refusedHtml = await refused.text();
      expect(refusedHtml, field).toContain(escaped(typed));
      expect(refusedHtml, field).not.toContain(typed);
    }
  });

  it('stores and shows emoji, Arabic and Hebrew names as typed', async () => {
    const { client, page } = await newPlan();
    expect(await client.html(page)).not.toContain('Arabisch of Hebreeuws schrift');
    const names = ['Speeltuin 🌳 De Pluk 👨‍👩‍👧', 'مسجد السلام', 'בית הכנסת הגדול'];

    const ids = [];
    for (const name of names) ids.push(await addPlace(client, page, { category: 'geloof', name }));
    const html = await client.html(page);

    for (const name of names) expect(html).toContain(`<bdi>${name}</bdi>`);
    expect(html).toContain('Op deze kaart staat Arabisch of Hebreeuws schrift, of een emoji.');
    const edit = await client.html(`${page}?wijzig=${ids[1]}`);
    expect(inputValue(edit, 'name')).toBe(names[1]);
  });

  it('accepts phone numbers as people type them and links them in one form', async () => {
    const { client, page } = await newPlan();

    await addPlace(client, page, { name: 'Kinderopvang Zon', phone: '06-12345678' });
    await addPlace(client, page, { name: 'Kinderopvang Maan', phone: '+31 6 1234 5678' });
    const html = await client.html(page);

    expect(html).toContain('<a href="tel:+31612345678">06-12345678</a>');
    expect(html).toContain('<a href="tel:+31612345678">+31 6 1234 5678</a>');
  });

  it('stores postcodes typed as 1234ab or 1234 AB as "1234 AB"', async () => {
    const { client, page } = await newPlan();

    const first = await addPlace(client, page, { name: 'School Noord', postcode: '1234ab' });
    const second = await addPlace(client, page, { name: 'School Zuid', postcode: ' 1234 AB ' });

    for (const placeId of [first, second]) {
      const edit = await client.html(`${page}?wijzig=${placeId}`);
      expect(inputValue(edit, 'postcode')).toBe('1234 AB');
    }
    expect(await client.html(page)).not.toContain('1234ab');
  });

  it('refuses a postcode or phone number that cannot be one, keeping what was typed', async () => {
    const { client, page } = await newPlan();

    for (const [field, typed, message] of [
      ['postcode', '12345', 'Een postcode is vier cijfers en twee letters'],
      ['postcode', '0123 AB', 'Een postcode is vier cijfers en twee letters'],
      ['phone', 'abc', 'Dit is geen telefoonnummer'],
      ['phone', '0612', 'Dit is geen telefoonnummer'],
    ] as const) {
      const response = await client.post(
        `${page}?toevoegen=school`,
        addForm({ name: 'Buurthuis De Kroon', [field]: typed }),
      );
      const html = await response.text();

      expect(response.status, typed).toBe(400);
      expect(html, typed).toContain(message);
      expect(inputValue(html, field), typed).toBe(typed);
    }
    const shortNumber = await client.post(
      `${page}?toevoegen=school`,
      addForm({ name: 'Gemeente', phone: '14 030' }),
    );
    expect(shortNumber.status).toBe(302);
  });

  it('makes one place when the same add form is posted twice', async () => {
    const { client, page } = await newPlan();
    const form = addForm({ name: 'Dubbel geklikt' });
    const concurrent = addForm({ name: 'Tegelijk verstuurd' });

    const first = await client.post(`${page}?toevoegen=school`, form);
    const second = await client.post(`${page}?toevoegen=school`, form);
    const together = await Promise.all([
      client.post(`${page}?toevoegen=school`, concurrent),
      client.post(`${page}?toevoegen=school`, concurrent),
    ]);

    expect(first.status).toBe(302);
    expect(second.status).toBe(302);
    expect(placeIdFrom(second)).toBe(placeIdFrom(first));
    expect(together.map((r) => r.status)).toEqual([302, 302]);
    const html = await client.html(page);
    expect(html.split('<bdi>Dubbel geklikt</bdi>').length - 1).toBe(1);
    expect(html.split('<bdi>Tegelijk verstuurd</bdi>').length - 1).toBe(1);
  });

  it('never overwrites a place that was saved in another tab in the meantime', async () => {
    const { client, page } = await newPlan();
    const placeId = await addPlace(client, page, { name: 'Sportclub', notes: 'Oud' });
    const editPage = await client.html(`${page}?wijzig=${placeId}`);
    const version = /name="version" value="(\d+)"/.exec(editPage)?.[1] ?? '';
    expect(version).toBe('1');
    const edit = (fields: PlaceInput, v: string) => ({
      ...EMPTY_PLACE,
      ...fields,
      intent: 'plek-wijzigen',
      placeId,
      version: v,
    });

    const tabA = await client.post(
      `${page}?wijzig=${placeId}`,
      edit({ name: 'Sportclub', notes: 'Versie van tab A' }, version),
    );
    const tabB = await client.post(
      `${page}?wijzig=${placeId}`,
      edit({ name: 'Sportclub', notes: 'Versie van tab B' }, version),
    );

    expect(tabA.status).toBe(302);
    expect(tabB.status).toBe(409);
    const conflict = await tabB.text();
    expect(conflict).toContain('Dit is intussen ook gewijzigd');
    expect(conflict).toContain('Versie van tab A');
    expect(conflict).toContain('Versie van tab B');
    expect(conflict).toContain('Mijn versie opslaan');
    expect(conflict).toContain('Wat er nu staat houden');
    expect(conflict).toContain('name="version" value="2"');
    let card = await client.html(page);
    expect(card).toContain('Versie van tab A');
    expect(card).not.toContain('Versie van tab B');

    const mine = await client.post(
      `${page}?wijzig=${placeId}`,
      edit({ name: 'Sportclub', notes: 'Versie van tab B' }, '2'),
    );
    expect(mine.status).toBe(302);
    card = await client.html(page);
    expect(card).toContain('Versie van tab B');
    expect(card).not.toContain('Versie van tab A');
  });

  it('keeps the version the user started from when a save is refused for a missing name', async () => {
    const { client, page } = await newPlan();
    const placeId = await addPlace(client, page, {
      name: 'Zwembad De Kwakel',
      category: 'zwembad',
    });
    const form = { ...EMPTY_PLACE, category: 'zwembad', intent: 'plek-wijzigen', placeId };
    await client.post(`${page}?wijzig=${placeId}`, { ...form, name: 'Ander', version: '1' });

    const refused = await client.post(`${page}?wijzig=${placeId}`, {
      ...form,
      name: '',
      version: '1',
    });

    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('name="version" value="1"');
  });

  it('answers 404 for a place of another organisation', async () => {
    const owner = await newPlan();
    const placeId = await addPlace(owner.client, owner.page, { name: 'Geheime plek' });
    const other = await newPlan();

    const responses = [
      await other.client.get(`${other.page}?wijzig=${placeId}`),
      await other.client.post(other.page, { intent: 'plek-verwijderen', placeId }),
      await other.client.post(other.page, { intent: 'plek-loskoppelen', placeId }),
      await other.client.post(other.page, { intent: 'plek-kiezen', placeId }),
      await other.client.post(`${other.page}?wijzig=${placeId}`, {
        ...EMPTY_PLACE,
        name: 'Gekaapt',
        intent: 'plek-wijzigen',
        placeId,
        version: '1',
      }),
      await other.client.get(`${owner.page}`),
      await other.client.get(`${owner.page.replace('overzichtskaart', 'overzichtskaart.pdf')}`),
    ];

    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    const html = await owner.client.html(owner.page);
    expect(html).toContain('Geheime plek');
    expect(html).not.toContain('Gekaapt');
    expect(await other.client.html(other.page)).not.toContain('Geheime plek');
  });

  it('puts a removed place in the bin for 30 days, from where it comes back on the card', async () => {
    const { client, page } = await newPlan();
    const placeId = await addPlace(client, page, {
      name: 'Voedselbank Noord',
      category: 'kringloop',
    });

    const removed = await client.post(page, { intent: 'plek-verwijderen', placeId });

    expect(removed.status).toBe(302);
    const flash = await flashAfter(client, removed);
    expect(flash).toContain('prullenbak');
    expect(flash).toContain('30 dagen');
    expect(await client.html(page)).not.toContain('Voedselbank Noord');
    expect(await client.html('/prullenbak')).toContain('Voedselbank Noord');
    const restored = await client.post('/prullenbak', { intent: 'plek-terugzetten', id: placeId });
    expect(restored.status).toBe(302);
    expect(await client.html(page)).toContain('<bdi>Voedselbank Noord</bdi>');
  });

  it('keeps what was typed when a colleague put the place in the bin during the edit', async () => {
    const { client, page } = await newPlan();
    const placeId = await addPlace(client, page, { name: 'Speeltuin Oost', category: 'buiten' });
    await client.post(page, { intent: 'plek-verwijderen', placeId });

    const saved = await client.post(`${page}?wijzig=${placeId}`, {
      ...EMPTY_PLACE,
      name: 'Speeltuin Oost',
      category: 'buiten',
      notes: 'Op woensdag veel moeders met peuters',
      intent: 'plek-wijzigen',
      placeId,
      version: '1',
    });

    expect(saved.status).toBe(302);
    expect(await flashAfter(client, saved)).toContain('teruggezet, met jouw wijzigingen');
    const card = await client.html(page);
    expect(card).toContain('Op woensdag veel moeders met peuters');
    expect(await client.html('/prullenbak')).not.toContain('Speeltuin Oost');
  });

  it('takes a place off this card while the organisation keeps it to pick again', async () => {
    const { client, page, planId } = await newPlan();
    const placeId = await addPlace(client, page, {
      name: 'Bibliotheek Overvecht',
      category: 'buurthuis',
    });
    const secondPlan = await createPlan(client, 'Tweede plan');

    const detached = await client.post(page, { intent: 'plek-loskoppelen', placeId });

    expect(detached.status).toBe(302);
    expect(await flashAfter(client, detached)).toContain('staat niet meer op deze kaart');
    let html = await client.html(page);
    expect(html).not.toContain('<bdi>Bibliotheek Overvecht</bdi>');
    expect(html).toMatch(
      new RegExp(
        `<option[^>]*value="${placeId}"[^>]*>Bibliotheek Overvecht \\(Bibliotheek, buurthuis`,
      ),
    );
    const secondPage = `/plannen/${secondPlan}/overzichtskaart`;
    expect(await client.html(secondPage)).toContain(`value="${placeId}"`);
    const empty = await client.post(page, { intent: 'plek-kiezen', placeId: '' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Kies een plek.');
    const picked = await client.post(page, { intent: 'plek-kiezen', placeId });
    expect(picked.status).toBe(302);
    html = await client.html(`/plannen/${planId}/overzichtskaart`);
    expect(html).toContain('<bdi>Bibliotheek Overvecht</bdi>');
  });

  it('adds an own category as a card that takes places', async () => {
    const { client, page } = await newPlan();

    const response = await client.post(page, {
      intent: 'categorie-toevoegen',
      categoryName: 'Huisarts en apotheek',
    });
    const tooLong = await client.post(page, {
      intent: 'categorie-toevoegen',
      categoryName: 'x'.repeat(81),
    });

    expect(response.status).toBe(302);
    const categoryId = /#kaart-([0-9a-f-]+)$/.exec(response.headers.get('Location') ?? '')?.[1];
    expect(categoryId).toBeTruthy();
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain('hoogstens 80 tekens');
    await addPlace(client, page, { category: categoryId, name: 'Huisartsenpraktijk Noord' });
    const html = await client.html(page);
    const card = html.slice(html.indexOf(`id="kaart-${categoryId}"`));
    expect(card).toContain('Huisarts en apotheek');
    expect(card).toContain('<bdi>Huisartsenpraktijk Noord</bdi>');
    const unknown = await client.post(
      `${page}?toevoegen=school`,
      addForm({ category: 'bestaat-niet', name: 'Ergens' }),
    );
    expect(unknown.status).toBe(400);
  });

  it('renames an own category and removes it only when no place uses it', async () => {
    const { client, page } = await newPlan();
    const created = await client.post(page, {
      intent: 'categorie-toevoegen',
      categoryName: 'Kapers',
    });
    const categoryId =
      /#kaart-([0-9a-f-]+)$/.exec(created.headers.get('Location') ?? '')?.[1] ?? '';

    const renamed = await client.post(page, {
      intent: 'categorie-hernoemen',
      categoryId,
      categoryName: 'Kappers',
    });
    expect(renamed.status).toBe(302);
    expect(await client.html(page)).toContain('Kappers');
    const empty = await client.post(page, {
      intent: 'categorie-hernoemen',
      categoryId,
      categoryName: '',
    });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Vul een naam voor de categorie in.');

    const placeId = await addPlace(client, page, { category: categoryId, name: 'Kapsalon Zahra' });
    const refused = await client.post(page, { intent: 'categorie-verwijderen', categoryId });
    expect(await flashAfter(client, refused)).toContain('nog in gebruik bij 1 plek');
    await client.post(page, { intent: 'plek-verwijderen', placeId });
    const stillBinned = await client.post(page, { intent: 'categorie-verwijderen', categoryId });
    expect(await flashAfter(client, stillBinned)).toContain('ook in de prullenbak');

    const other = await signUp(app.baseUrl, { organisationName: 'Ander team' });
    const otherPlan = await createPlan(other.client);
    const foreign = await other.client.post(`/plannen/${otherPlan}/overzichtskaart`, {
      intent: 'categorie-verwijderen',
      categoryId,
    });
    expect(foreign.status).toBe(404);
  });

  it('refuses an own category with the name of a card that is already there, keeping it typed', async () => {
    const { client, page } = await newPlan();
    const kept = await client.post(page, {
      intent: 'categorie-toevoegen',
      categoryName: 'Kappers',
    });
    const keptId = /#kaart-([0-9a-f-]+)$/.exec(kept.headers.get('Location') ?? '')?.[1] ?? '';

    const builtIn = await client.post(page, {
      intent: 'categorie-toevoegen',
      categoryName: 'markt',
    });
    const twice = await client.post(page, {
      intent: 'categorie-toevoegen',
      categoryName: 'KAPPERS',
    });
    const renamedOnto = await client.post(page, {
      intent: 'categorie-hernoemen',
      categoryId: keptId,
      categoryName: 'Zwembad',
    });
    const sameName = await client.post(page, {
      intent: 'categorie-hernoemen',
      categoryId: keptId,
      categoryName: 'kappers',
    });

    expect(builtIn.status).toBe(400);
    const html = await builtIn.text();
    expect(html).toContain('Er is al een kaart &quot;Markt&quot;');
    expect(html).toContain('name="categoryName" value="markt"');
    expect(twice.status).toBe(400);
    expect(renamedOnto.status).toBe(400);
    expect(await renamedOnto.text()).toContain('Er is al een kaart &quot;Zwembad&quot;');
    expect(sameName.status).toBe(302);
    const cards = (await client.html(page)).match(/class="okaart-card[ "]/g) ?? [];
    expect(cards).toHaveLength(10);
  });

  it('shows a blank card with ruled lines for every category at ?leeg=1', async () => {
    const { client, page } = await newPlan();
    await addPlace(client, page, { name: 'Niet op de lege kaart' });
    await client.post(page, { intent: 'categorie-toevoegen', categoryName: 'Kapper' });

    const html = await client.html(`${page}?leeg=1`);

    expect(html).not.toContain('Niet op de lege kaart');
    for (const category of CATEGORIES) expect(html).toContain(escaped(category.label));
    expect(html).toContain('Kapper');
    expect(html.split('okaart-card__line').length - 1).toBeGreaterThanOrEqual(10 * 6);
    expect(html).not.toContain('name="intent"');
    expect(html).toContain('overzichtskaart.pdf?leeg=1');
  });

  it.skipIf(!hasPoppler && !isCi)(
    'saves the card as a PDF with every place name, Turkish and Dutch letters exact',
    async () => {
      const { client, page, planId } = await newPlan();
      const names = [
        'Café Hélène',
        'Brüggemann ë',
        'Kringloop Çarşı',
        'Moskee Ayasofya İlkokul Şükrü',
      ];
      for (const name of names) await addPlace(client, page, { name, category: 'kringloop' });

      const response = await client.get(`/plannen/${planId}/overzichtskaart.pdf`);

      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('application/pdf');
      expect(response.headers.get('Content-Disposition')).toBe(
        'attachment; filename="overzichtskaart.pdf"',
      );
      const text = pdfText(await response.arrayBuffer());
      for (const name of names) expect(text).toContain(name);
      expect(text).toContain('Meer bewegen in Overvecht');
      expect(text).toContain('Kringloop en voedselbank');
      expect(text).toContain('Pagina 1 van');
    },
  );

  it.skipIf(!hasPoppler && !isCi)('saves a blank card as a PDF without places', async () => {
    const { client, page, planId } = await newPlan();
    await addPlace(client, page, { name: 'Niet in de lege PDF' });

    const response = await client.get(`/plannen/${planId}/overzichtskaart.pdf?leeg=1`);

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    const text = pdfText(await response.arrayBuffer());
    expect(text).not.toContain('Niet in de lege PDF');
    for (const category of CATEGORIES) expect(text).toContain(category.label);
  });
});

describe(`createPlaceOnPlan with a form token (${testDatabaseKind()})`, () => {
  let runtime: Runtime;
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ runtime, stop } = await startTestRuntime());
  });

  afterAll(async () => {
    await stop?.();
  });

  async function planOf(organisationId: string) {
    return createPlanInDb(runtime.database.db, {
      organisationId,
      userId: null,
      title: 'Plan',
      municipalityCode: 'GM0344',
      municipalityName: 'Utrecht',
      areas: [],
    });
  }

  const fields = { ...EMPTY_PLACE, name: 'Buurthuis' };

  it('makes one place when posts with the same token arrive at the same moment', async () => {
    const db = runtime.database.db;
    const organisationId = randomUUID();
    const planId = await planOf(organisationId);
    const token = randomUUID();

    const ids = await Promise.all(
      Array.from({ length: 4 }, () =>
        createPlaceOnPlan(db, { organisationId, planId, fields, placeId: token }),
      ),
    );

    expect(new Set(ids)).toEqual(new Set([token]));
    expect(await listPlanPlaces(db, { organisationId, planId })).toHaveLength(1);
  });

  it("never reuses a token that is the id of another organisation's place", async () => {
    const db = runtime.database.db;
    const [first, second] = [randomUUID(), randomUUID()];
    const token = randomUUID();
    await createPlaceOnPlan(db, {
      organisationId: first,
      planId: await planOf(first),
      fields,
      placeId: token,
    });
    const secondPlan = await planOf(second);

    const id = await createPlaceOnPlan(db, {
      organisationId: second,
      planId: secondPlan,
      fields: { ...fields, name: 'Eigen plek' },
      placeId: token,
    });

    expect(id).not.toBe(token);
    const places = await listPlanPlaces(db, { organisationId: second, planId: secondPlan });
    expect(places.map((p) => [p.id, p.name])).toEqual([[id, 'Eigen plek']]);
  });
});
