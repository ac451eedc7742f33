import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaceOnPlan } from '~/features/overzichtskaart/places.server';
import { todayInAmsterdam } from '~/lib/dates';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, TestClient, uniqueEmail } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// Handing a plan over to a colleague, and the one-page summary (page and PDF).

const kind = testDatabaseKind();

function decode(html: string): string {
  return html
    .replaceAll('<!-- -->', '')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');
}

function inviteLinkOf(html: string): string {
  const match =
    /id="uitnodigingslink"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*id="uitnodigingslink"/.exec(
      html,
    );
  const link = match?.[1] ?? match?.[2];
  if (!link) throw new Error('No invitation link on the page');
  return new URL(decode(link)).pathname;
}

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The text of a PDF, read by pdftotext (poppler-utils). */
function pdfText(bytes: ArrayBuffer): { text: string; pages: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'oidw-pdf-'));
  try {
    const file = path.join(dir, 'overdracht.pdf');
    writeFileSync(file, Buffer.from(bytes));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function inDays(days: number): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return todayInAmsterdam(date);
}

const pdfTools = hasPdftotext();
if (!pdfTools) {
  if (process.env.CI === 'true')
    throw new Error('pdftotext is missing (apt-get install poppler-utils)');
  console.log('- Handover PDF check skipped: pdftotext not found (apt-get install poppler-utils)');
}

describe(`handover of a plan (${kind})`, () => {
  let app: AppServer;
  let database: DatabaseHandle;
  let dropPostgres: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
    dropPostgres = pg?.drop;
    app = await startAppServer({ env: pg ? { DATABASE_URL: pg.url } : {} });
    database = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
  });

  afterAll(async () => {
    await database?.close();
    await app?.stop();
    await dropPostgres?.();
  });

  async function joinTeam(admin: TestClient, role: string, name: string) {
    const invite = await admin.post('/team', { intent: 'uitnodigen', email: '', role });
    expect(invite.status).toBe(200);
    const token =
      inviteLinkOf(await invite.text())
        .split('/')
        .pop() ?? '';
    const client = new TestClient(app.baseUrl);
    const joined = await client.post(`/registreren?uitnodiging=${token}`, {
      name,
      email: uniqueEmail('collega'),
      password: 'een lang wachtwoord',
    });
    expect(joined.status).toBe(302);
    const user = await database.raw
      .selectFrom('user')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return { client, userId: user.id };
  }

  /** A plan with a top 3, a contact person, a late promise, a late answer and coming visits. */
  async function planWithWork() {
    const owner = await signUp(app.baseUrl, { name: 'Hanneke de Wit' });
    const planId = await createPlan(owner.client, 'Samen bewegen in Overvecht');
    const { organisationId } = await database.db
      .selectFrom('plan')
      .select('organisationId')
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    const placeId = await createPlaceOnPlan(database.db, {
      organisationId,
      planId,
      fields: {
        category: 'school',
        name: 'Basisschool De Regenboog',
        address: 'Schoolstraat 1',
        postcode: '3555 AB',
        city: 'Utrecht',
        whenParents: 'Elke ochtend',
        organisationName: 'Stichting De Regenboog',
        contactPerson: 'Juf Şükran Öztürk',
        phone: '06-12345678',
        email: '',
        socialMedia: '',
        notes: '',
        tipFrom: '',
      },
    });
    const top = await owner.client.post(`/plannen/${planId}/stap/3`, {
      intent: 'top-3',
      top1: placeId,
      reason1: 'De juf kent alle ouders.',
      top2: '',
      reason2: '',
      top3: '',
      reason3: '',
    });
    expect(top.status).toBe(302);
    const person = await owner.client.post('/contacten/nieuw', {
      kind: 'sleutelfiguur',
      name: 'Ayşe Demir',
      role: 'moeder en vrijwilliger',
      contactOrganisationId: '',
      placeId,
      phone: '06-87654321',
      email: '',
      activeWhere: '',
      told: '',
      tips: '',
      notes: '',
      legalBasis: 'gerechtvaardigd-belang',
    });
    expect(person.status, await person.clone().text()).toBe(302);
    await owner.client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'belofte-nieuw',
      what: 'Flyers in het Arabisch meenemen',
      toWhom: 'De ouders van de koffieochtend',
      dueOn: '2024-06-01',
    });
    await owner.client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'binnen-nieuw',
      receivedOn: '2024-05-01',
      receivedTime: '10:00',
      channel: 'email',
      fromWhom: 'Een vader van de voetbalclub',
      about: 'de zwemles',
    });
    const visit = await owner.client.post(`/plannen/${planId}/stap/4`, {
      intent: 'bezoek-nieuw',
      placeId: '',
      placeText: 'Koffieochtend buurthuis De Linde',
      visitOn: inDays(7),
      visitStatus: 'gepland',
      parentsBusyWith: '',
      notes: '',
    });
    expect(visit.status).toBe(302);
    const later = await owner.client.post(`/plannen/${planId}/stap/4`, {
      intent: 'bezoek-nieuw',
      placeId: '',
      placeText: 'Zomerfeest in het park',
      visitOn: inDays(60),
      visitStatus: 'gepland',
      parentsBusyWith: '',
      notes: '',
    });
    expect(later.status).toBe(302);
    return { owner, planId, organisationId };
  }

  it('shows where the plan stands, the contacts, what is open and what comes next', async () => {
    const { owner, planId } = await planWithWork();

    const page = decode(await owner.client.html(`/plannen/${planId}/overdracht`));

    expect(page).toContain('Overdracht: Samen bewegen in Overvecht');
    expect(page).toContain('Verantwoordelijk: <strong>Hanneke de Wit</strong>');
    expect(page).toContain('Stap 3: Waar komen ze');
    expect(page).toContain('1 ontmoetingsplek op de overzichtskaart, 1 van 3 in de top 3.');
    expect(page).toContain('Basisschool De Regenboog');
    expect(page).toContain('Juf Şükran Öztürk');
    expect(page).toContain('De juf kent alle ouders.');
    expect(page).toContain('Ayşe Demir');
    expect(page).toContain('Flyers in het Arabisch meenemen');
    expect(page).toMatch(/Te laat: <\/strong>Flyers in het Arabisch/);
    expect(page).toContain('Een vader van de voetbalclub over de zwemles');
    expect(page).toContain('Koffieochtend buurthuis De Linde');
    // Two months ahead is not in the coming four weeks.
    expect(page).not.toContain('Zomerfeest in het park');
  });

  it('gives the plan to a colleague: recorded with who, to whom and when', async () => {
    const { owner, planId } = await planWithWork();
    const colleague = await joinTeam(owner.client, 'member', 'Youssef El Amrani');
    await joinTeam(owner.client, 'manager', 'Marleen Bakker');

    const form = decode(await owner.client.html(`/plannen/${planId}/overdracht`));
    expect(form).toContain('Aan wie geef je het plan?');
    expect(form).toContain('Youssef El Amrani');
    // A leidinggevende reads but does not work on plans: not someone to hand over to.
    expect(form).not.toMatch(/<option[^>]*>Marleen Bakker/);

    const before = new Date().toISOString();
    const response = await owner.client.post(`/plannen/${planId}/overdracht`, {
      intent: 'overdragen',
      naar: colleague.userId,
      notitie: 'Bel eerst de juf van De Regenboog.',
    });
    expect(response.status).toBe(302);

    const plan = await database.db
      .selectFrom('plan')
      .select('responsibleId')
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    expect(plan.responsibleId).toBe(colleague.userId);
    const record = await database.db
      .selectFrom('planHandover')
      .selectAll()
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      fromName: 'Hanneke de Wit',
      toName: 'Youssef El Amrani',
      byName: 'Hanneke de Wit',
      note: 'Bel eerst de juf van De Regenboog.',
    });
    expect(record.createdAt >= before).toBe(true);
    const page = decode(await colleague.client.html(`/plannen/${planId}/overdracht`));
    expect(page).toContain('Verantwoordelijk: <strong>Youssef El Amrani</strong>');
    expect(page).toContain('van Hanneke de Wit aan Youssef El Amrani');
    expect(page).toContain('Bel eerst de juf van De Regenboog.');
    // The new person responsible may give it on; the one before (a beheerder) still may too.
    expect(page).toContain('Plan overdragen');
  });

  it('refuses a handover by someone who is neither beheerder nor responsible, or to an outsider', async () => {
    const { owner, planId } = await planWithWork();
    const colleague = await joinTeam(owner.client, 'member', 'Noor Jansen');
    const manager = await joinTeam(owner.client, 'manager', 'Pieter Smit');
    const outsider = await signUp(app.baseUrl, { name: 'Iemand Anders' });
    const outsiderId = (
      await database.raw
        .selectFrom('user')
        .select('id')
        .where('email', '=', outsider.email)
        .executeTakeFirstOrThrow()
    ).id;

    const byColleague = await colleague.client.post(`/plannen/${planId}/overdracht`, {
      intent: 'overdragen',
      naar: colleague.userId,
      notitie: '',
    });
    const byManager = await manager.client.post(`/plannen/${planId}/overdracht`, {
      intent: 'overdragen',
      naar: colleague.userId,
      notitie: '',
    });
    const toOutsider = await owner.client.post(`/plannen/${planId}/overdracht`, {
      intent: 'overdragen',
      naar: outsiderId,
      notitie: 'Een notitie die blijft staan',
    });
    const byOutsider = await outsider.client.get(`/plannen/${planId}/overdracht`);
    const pdfByOutsider = await outsider.client.get(`/plannen/${planId}/overdracht.pdf`);

    expect(byColleague.status).toBe(403);
    expect(byManager.status).toBe(403);
    expect(toOutsider.status).toBe(400);
    const refused = decode(await toOutsider.text());
    expect(refused).toContain('Kies een collega uit de lijst.');
    expect(refused).toContain('Een notitie die blijft staan');
    expect(byOutsider.status).toBe(404);
    expect(pdfByOutsider.status).toBe(404);
    const count = await database.db
      .selectFrom('planHandover')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it.skipIf(!pdfTools)('writes the summary as a one-page PDF', async () => {
    const { owner, planId } = await planWithWork();

    const response = await owner.client.get(`/plannen/${planId}/overdracht.pdf`);

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    const { text, pages } = pdfText(await response.arrayBuffer());
    expect(pages).toBe(1);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Overdracht: Samen bewegen in Overvecht');
    expect(flat).toContain('Verantwoordelijk: Hanneke de Wit');
    expect(flat).toContain('Waar staat het plan?');
    expect(flat).toContain('Juf Şükran Öztürk');
    expect(flat).toContain('Ayşe Demir');
    expect(flat).toContain('Te laat: Flyers in het Arabisch meenemen');
    expect(flat).toContain('Een vader van de voetbalclub');
    expect(flat).toContain('Koffieochtend buurthuis De Linde');
  });
});
