import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import {
  accessibilityViolations,
  launchBrowser,
  newContext,
  PHONE,
  signUpInBrowser,
  type TestBrowser,
} from '../support/browser';
import { uniqueEmail } from '../support/http';
import { createPlanInBrowser } from './support-journey';

/** A questionnaire with every kind of question and an Arabic version; its pages' addresses. */
async function addQuestionnaire(page: Page, baseUrl: string, planPath: string): Promise<string[]> {
  const created = await page.request.post(`${baseUrl}${planPath}/vragenlijsten`, {
    form: {
      intent: 'vragenlijst-nieuw',
      title: 'Spelen in de wijk',
      intro: 'We willen weten wat je van de speeltuin vindt.',
      closesOn: '2099-12-31',
    },
    maxRedirects: 0,
  });
  const builder = (created.headers().location ?? '').split('#')[0] ?? '';
  for (const question of [
    { kind: 'smiley', text: 'Hoe vind je de speeltuin?', options: '' },
    { kind: 'keuze', text: 'Wanneer speelt je kind buiten?', options: 'Na school\nIn het weekend' },
    { kind: 'ja-nee', text: 'Is de speeltuin veilig?', options: '' },
    { kind: 'open', text: 'Wat kan beter?', options: '' },
  ]) {
    await page.request.post(`${baseUrl}${builder}`, {
      form: { intent: 'vraag-nieuw', ...question },
      maxRedirects: 0,
    });
  }
  await page.request.post(`${baseUrl}${builder}/taal?code=ar`, {
    form: { intent: 'taal-opslaan', language: 'ar', titel: 'اللعب في الحي', 'vast.ja': 'نعم' },
    maxRedirects: 0,
  });
  const html = await (await page.request.get(`${baseUrl}${builder}`)).text();
  const link = /href="(http:\/\/[^"]+\/v\/[A-Za-z0-9_-]+)"/.exec(html)?.[1] ?? '';
  const publicPath = new URL(link).pathname;
  const form = await (await page.request.get(`${baseUrl}${publicPath}`)).text();
  const fields = [
    ...new Set([...form.matchAll(/name="(antwoord-[0-9a-f-]{36})"/g)].map((m) => m[1])),
  ];
  await page.request.post(`${baseUrl}${publicPath}`, {
    form: {
      [fields[0] ?? '']: 'goed',
      [fields[1] ?? '']: 'weet-niet',
      [fields[3] ?? '']: 'Meer schaduw',
    },
    maxRedirects: 0,
  });
  return [
    `${planPath}/vragenlijsten`,
    builder,
    `${builder}/taal?code=ar`,
    `${builder}/taal?code=123`,
    `${builder}/papier`,
    `${builder}/papier?taal=ar`,
    `${builder}/invoeren`,
    `${builder}/uitslag`,
    publicPath,
    `${publicPath}?taal=ar`,
    `${publicPath}?taal=ar&klaar=1`,
  ];
}

/** A weekly visit from today, so the planning views have something to show. */
async function addRepeatingVisit(page: Page, planUrl: string) {
  await page.goto(`${planUrl}/stap/4`);
  const form = page.locator('#bezoek-toevoegen');
  await form.getByLabel('Waar ga je naartoe?').fill('Koffieochtend buurthuis De Linde');
  await form.getByLabel('Datum', { exact: true }).fill(new Date().toISOString().slice(0, 10));
  await form.getByLabel(/^Tijd/).fill('09:30');
  await form.getByLabel('Komt het terug?').selectOption({ label: 'Ja, elke week' });
  await form.getByRole('button', { name: 'Bezoek opslaan' }).click();
  await page.getByText('Het bezoek is opgeslagen.').waitFor();
}

/** A key figure with a timeline entry; returns the path of the person's page. */
async function addKeyFigure(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/contacten/nieuw?soort=sleutelfiguur`);
  await page.getByLabel('Naam', { exact: true }).fill('Ayşe van der Berg');
  await page.getByLabel(/^Waar is deze persoon actief/).fill('Koffieochtend op dinsdag');
  await page.getByLabel(/^Toestemming/).check();
  await page.getByLabel('Wanneer gaf de persoon toestemming?').fill('2026-01-12');
  await page.getByLabel('Hoe gaf de persoon toestemming?').selectOption('mondeling');
  await page
    .getByLabel('Waarvoor gaf de persoon toestemming?')
    .fill('Bellen over de koffieochtend.');
  await page.getByRole('button', { name: 'Contact opslaan' }).click();
  await page.getByRole('heading', { name: 'Ayşe van der Berg' }).waitFor();
  await page.getByLabel(/^Waar ging het over/).fill('Kennisgemaakt.');
  await page.getByRole('button', { name: 'Op de tijdlijn zetten' }).click();
  await page.getByText('Het contact staat op de tijdlijn.').waitFor();
  return new URL(page.url()).pathname;
}

/**
 * A promise, a compensation and a contact organisation; returns the addresses of their edit and
 * remove states (the link "Wijzigen" or "Verwijderen" each leads to).
 */
async function addEditableRecords(page: Page, baseUrl: string, planUrl: string): Promise<string[]> {
  await page.goto(`${planUrl}/vertrouwen`);
  const promise = page.locator('#belofte-nieuw');
  await promise.getByLabel('Wat heb je beloofd?').fill('Folder sturen');
  await promise.getByLabel('Aan wie?').fill('De ouders van de koffieochtend');
  await promise.getByLabel('Uiterlijk op').fill('2027-06-01');
  await promise.getByRole('button', { name: 'Belofte opslaan' }).click();
  await page.getByText('De belofte is opgeslagen.').waitFor();
  const compensation = page.locator('#vergoeding-nieuw');
  await compensation.getByLabel('Voor welke activiteit?').fill('Interview');
  await compensation.getByLabel('Bedrag in euro').fill('12,50');
  await compensation.getByRole('button', { name: 'Vergoeding opslaan' }).click();
  await page.getByText('De vergoeding is opgeslagen.').waitFor();
  const trustLinks = page.locator('a', { hasText: /^(Wijzigen|Verwijderen)/ });
  const paths = await trustLinks.evaluateAll((links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return `${url.pathname}${url.search}`;
    }),
  );
  await page.goto(`${baseUrl}/contacten`);
  await page.getByLabel('Naam van de organisatie').fill('Buurthuis De Linde');
  await page.getByRole('button', { name: 'Organisatie opslaan' }).click();
  await page.getByText('De organisatie Buurthuis De Linde is toegevoegd.').waitFor();
  const organisationLinks = page.locator('.contacts-organisation-actions a');
  paths.push(
    ...(await organisationLinks.evaluateAll((links) =>
      links.map((a) => {
        const url = new URL((a as HTMLAnchorElement).href);
        return `${url.pathname}${url.search}`;
      }),
    )),
  );
  return paths;
}

// Every page through axe-core, at laptop and phone width, and a check that nothing is wider
// than a phone screen.
// About fifty signed-in pages, each checked by axe: several seconds a page on a busy machine.
const SIGNED_IN_TIMEOUT = 420_000;

describe('accessibility of every page', () => {
  let app: AppServer;
  let chromium: TestBrowser;
  let planPath = '';

  beforeAll(async () => {
    app = await startAppServer();
    chromium = await launchBrowser();
  });

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
  });

  const publicPages = [
    '/',
    '/registreren',
    '/inloggen',
    '/inloggen/code',
    '/privacy',
    '/toegankelijkheid',
    '/werkvormen',
    '/bestaat-niet',
    '/uitnodiging/deze-uitnodiging-bestaat-niet',
    '/wachtwoord-vergeten',
    '/wachtwoord-herstellen/deze-link-bestaat-niet-meer',
  ];

  it('finds no WCAG problems on the public pages', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    for (const path of publicPages) {
      await page.goto(`${app.baseUrl}${path}`);
      expect(await accessibilityViolations(page), path).toEqual([]);
    }
    await context.close();
  });

  // One signed-in browser page with a filled plan, shared by the laptop and the phone test.
  let signedIn: { context: BrowserContext; page: Page; pages: string[] } | undefined;

  async function checkSignedInPages(viewport: { width: number; height: number } | undefined) {
    if (!signedIn) throw new Error('The laptop test signs in first.');
    const { page, pages } = signedIn;
    if (viewport) await page.setViewportSize(viewport);
    for (const path of pages) {
      const response = await page.goto(`${app.baseUrl}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(
        await accessibilityViolations(page),
        `${path} ${viewport ? 'phone' : 'laptop'}`,
      ).toEqual([]);
      if (viewport) {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${path} is wider than a phone`).toBeLessThanOrEqual(0);
      }
    }
  }

  it(
    'finds no WCAG problems on the signed-in pages on a laptop',
    async () => {
      const context = await newContext(chromium.browser);
      const page = await context.newPage();
      await signUpInBrowser(page, app.baseUrl, {
        name: 'Noor Bakker',
        organisationName: 'GGD Midden',
        email: uniqueEmail(),
        password: 'een lang wachtwoord',
      });
      await page.getByLabel('Naam van het plan').fill('Bewegen in Overvecht');
      await page.getByLabel('Gemeente').selectOption({ label: 'Utrecht' });
      await page.getByRole('button', { name: 'Verder: wijken kiezen' }).click();
      await page.getByLabel('Wijk 03 Overvecht').check();
      await page.getByRole('button', { name: 'Plan maken' }).click();
      await page.waitForURL('**/stap/1');
      planPath = new URL(page.url()).pathname.replace(/\/stap\/1$/, '');
      await addRepeatingVisit(page, `${app.baseUrl}${planPath}`);
      const personPath = await addKeyFigure(page, app.baseUrl);
      const editPaths = await addEditableRecords(page, app.baseUrl, `${app.baseUrl}${planPath}`);
      expect(editPaths).toHaveLength(6);

      const pages = [
        '/plannen',
        '/plannen/nieuw',
        '/plannen/nieuw?gemeente=GM0344',
        '/plannen/import',
        '/prullenbak',
        '/account',
        '/taalcheck',
        '/werkvormen',
        planPath,
        ...[1, 2, 3, 4, 5, 6].map((n) => `${planPath}/stap/${n}`),
        `${planPath}/bijeenkomsten`,
        `${planPath}/inzichten`,
        `${planPath}/terugkoppeling`,
        `${planPath}/stap/2?niveau=buurt&sorteer=inwoners&richting=af&kaart=woz`,
        `${planPath}/overzichtskaart`,
        `${planPath}/overzichtskaart?leeg=1`,
        `${planPath}/ontmoetingsplekken/importeren`,
        `${planPath}/planning`,
        `${planPath}/planning?weergave=maand`,
        `${planPath}/planning?weergave=lijst`,
        `${planPath}/planning?weergave=week&datum=2026-10-19`,
        `${planPath}/planning?weergave=maand&datum=2027-02-10`,
        ...editPaths,
        `${planPath}/vertrouwen`,
        `${planPath}/delen`,
        '/team',
        '/overzicht',
        '/agenda',
        '/contacten',
        '/contacten?zoek=ayse',
        '/contacten/nieuw',
        '/contacten/importeren',
        personPath,
        `${personPath}?wijzig=1`,
      ];
      signedIn = { context, page, pages };
      await checkSignedInPages(undefined);
    },
    SIGNED_IN_TIMEOUT,
  );

  it(
    'finds no WCAG problems on the signed-in pages on a phone',
    async () => {
      await checkSignedInPages(PHONE);
      if (!signedIn) return;
      const { context, page } = signedIn;

      // The one-time view of setting up sign-in in two steps (QR code, key, backup codes).
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${app.baseUrl}/account`);
      await page.getByLabel('Je wachtwoord').fill('een lang wachtwoord');
      await page.getByRole('button', { name: 'Inloggen in twee stappen aanzetten' }).click();
      await page.getByLabel('Code uit je app').waitFor();
      expect(await accessibilityViolations(page), 'two-step setup').toEqual([]);
      await context.close();
    },
    SIGNED_IN_TIMEOUT,
  );

  it('finds no WCAG problems on the questionnaire pages, for the professional and for parents', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Noor Bakker',
      organisationName: 'GGD Midden',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });
    const planId = await createPlanInBrowser(page, {
      title: 'Spelen in Overvecht',
      municipality: 'Utrecht',
      wijk: 'Wijk 03 Overvecht',
    });
    const paths = await addQuestionnaire(page, app.baseUrl, `/plannen/${planId}`);
    const publicPaths = paths.filter((path) => path.startsWith('/v/'));

    for (const viewport of [undefined, PHONE]) {
      if (viewport) await page.setViewportSize(viewport);
      for (const path of paths) {
        const response = await page.goto(`${app.baseUrl}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(
          await accessibilityViolations(page),
          `${path} ${viewport ? 'phone' : 'laptop'}`,
        ).toEqual([]);
        if (viewport) {
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${path} is wider than a phone`).toBeLessThanOrEqual(0);
        }
      }
    }
    await context.close();

    // A parent has no account: the same public pages signed out, on a phone.
    const parent = await newContext(chromium.browser, { viewport: PHONE });
    const parentPage = await parent.newPage();
    for (const path of publicPaths) {
      await parentPage.goto(`${app.baseUrl}${path}`);
      expect(await accessibilityViolations(parentPage), `${path} signed out`).toEqual([]);
    }
    await parent.close();
  }, 300_000);

  it('finds no WCAG problems on a session with its checked invitation', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Bram Jansen',
      organisationName: 'Wijkteam Noord',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });
    await page.getByLabel('Naam van het plan').fill('Samen spelen');
    await page.getByLabel('Gemeente').selectOption({ label: 'Utrecht' });
    await page.getByRole('button', { name: 'Verder: wijken kiezen' }).click();
    await page.getByLabel('Wijk 03 Overvecht').check();
    await page.getByRole('button', { name: 'Plan maken' }).click();
    await page.waitForURL('**/stap/1');
    const sessions = page.url().replace(/\/stap\/1$/, '/bijeenkomsten');
    await page.goto(sessions);
    await page.getByLabel('Werkvorm').selectOption({ label: 'Focusgroep (panel)' });
    await page.getByLabel('Datum').fill('2027-04-14');
    await page
      .getByLabel('Tekst van de uitnodiging')
      .fill('U wordt uitgenodigd voor een gesprek over spelen in de wijk, bijv. in het park.');
    await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await page.getByRole('heading', { name: 'Taalcheck van de uitnodiging' }).waitFor();

    for (const viewport of [undefined, PHONE]) {
      if (viewport) await page.setViewportSize(viewport);
      expect(await accessibilityViolations(page), viewport ? 'phone' : 'laptop').toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('finds no WCAG problems in both steps of a spreadsheet import, with row errors', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Karim El Amrani',
      organisationName: 'Buurtteam Zuid',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });
    await page.goto(`${app.baseUrl}/contacten/importeren`);
    await page.getByLabel('Bestand (Excel .xlsx of CSV)').setInputFiles({
      name: 'contacten.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Naam;Functie;Telefoon;E-mail\r\nJan de Vries;Jongerenwerker;06-12345678;jan@example.org\r\nAyşe Yıldız;Sleutelfiguur met een heel lange omschrijving van wat ze doet;bel mij;\r\n',
      ),
    });
    await page.getByRole('button', { name: 'Bestand bekijken' }).click();
    await page.getByLabel('Kolom 1: Naam').waitFor();

    const steps = ['preview', 'errors'];
    for (const step of steps) {
      if (step === 'errors') {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.getByRole('button', { name: 'Contacten importeren' }).click();
        await page.getByText('Regel 3, Telefoon: Dit is geen telefoonnummer').waitFor();
      }
      for (const viewport of [undefined, PHONE]) {
        if (viewport) await page.setViewportSize(viewport);
        expect(
          await accessibilityViolations(page),
          `${step} ${viewport ? 'phone' : 'laptop'}`,
        ).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, step).toBeLessThanOrEqual(0);
      }
    }
    await context.close();
  });

  it('finds no WCAG problems in the marked text of the taalcheck', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Sanne de Vries',
      organisationName: 'Gemeente Utrecht',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });
    await page.goto(`${app.baseUrl}/taalcheck`);
    await page
      .getByLabel('Je tekst')
      .fill(
        'U wordt van harte uitgenodigd voor de bijeenkomst op 12-03-2027 om 9:30 uur, waar we o.a. ' +
          'praten over de activiteiten die de gemeente faciliteert omdat ouders dat willen. De GGD is er ook.',
      );
    await page.getByRole('button', { name: 'Controleer de tekst' }).click();
    await page.getByRole('heading', { name: 'Wat de taalcheck vond' }).waitFor();

    for (const viewport of [undefined, PHONE]) {
      if (viewport) await page.setViewportSize(viewport);
      expect(await page.locator('mark').count()).toBeGreaterThan(3);
      expect(await accessibilityViolations(page), viewport ? 'phone' : 'laptop').toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('finds no WCAG problems on the privacy pages of a beheerder, on a laptop and a phone', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Sanne de Wit',
      organisationName: 'GGD Oost',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });
    const personPath = await addKeyFigure(page, app.baseUrl);

    for (const viewport of [undefined, PHONE]) {
      if (viewport) await page.setViewportSize(viewport);
      for (const path of [
        `${personPath}?wijzig=1`,
        `${personPath}?wis=1`,
        '/organisatie',
        '/organisatie/auditlog',
        '/organisatie/auditlog?actie=bekeken&van=31-02-2026',
      ]) {
        const response = await page.goto(`${app.baseUrl}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(
          await accessibilityViolations(page),
          `${path} ${viewport ? 'phone' : 'laptop'}`,
        ).toEqual([]);
        if (viewport) {
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${path} is wider than a phone`).toBeLessThanOrEqual(0);
        }
      }
    }
    await context.close();
  });
});
