import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparablePlanDocument, type PlanDocumentInput } from '~/features/export/plan-document';
import { type AppServer, startAppServer } from '../support/app-server';
import {
  LAPTOP,
  launchBrowser,
  newContext,
  PHONE,
  signUpInBrowser,
  type TestBrowser,
} from '../support/browser';
import { uniqueEmail } from '../support/http';
import {
  addPlace,
  card,
  createPlanInBrowser,
  hasPdftotext,
  oneLine,
  type PlaceInput,
  pdfPages,
  waitForMessage,
} from './support-journey';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const resultsDir = path.join(repoRoot, 'test-results');

const SCHOOL = 'School, kinderopvang en consultatiebureau';
const BUURTHUIS = 'Bibliotheek, buurthuis en taalschool';

// Ten places in eight of the nine built-in kinds, with the letters that go wrong first in
// fonts and PDFs: é, ë, ü, ç, ş, İ, ı.
const PLACES: { category: string; place: PlaceInput }[] = [
  {
    category: SCHOOL,
    place: {
      name: 'Basisschool De Watertoren',
      address: 'Zamenhofdreef 12',
      postcode: '3562jt',
      whenParents: 'Elke ochtend om half negen bij het hek, en om drie uur bij het ophalen.',
      contactPerson: 'Meester Joost',
      phone: '030-123 45 67',
      notes:
        'Veel ouders blijven na het brengen nog even op het plein staan. Goed moment voor een praatje.',
    },
  },
  {
    category: SCHOOL,
    place: {
      name: 'Consultatiebureau Overvecht',
      whenParents: 'Dinsdag- en donderdagochtend: inloopspreekuur.',
      contactPerson: 'Jeugdverpleegkundige Sanne',
      tipFrom: 'Een collega van de JGZ',
    },
  },
  {
    category: BUURTHUIS,
    place: {
      name: 'Zoë’s taalcafé',
      whenParents: 'Woensdagmiddag van 13.00 tot 15.00 uur.',
      organisationName: 'Bibliotheek Overvecht',
      contactPerson: 'Zoë de Vries',
    },
  },
  {
    category: BUURTHUIS,
    place: {
      name: 'Café Hélène',
      address: 'Bisschopsweg 3',
      notes: 'Huiskamer met koffie voor 50 cent. Moeders komen hier na het wegbrengen.',
      tipFrom: 'Een vrijwilliger van de voedselbank',
    },
  },
  {
    category: 'Moskee, kerk en tempel',
    place: {
      name: 'Moskee Ayasofya İlkokul',
      whenParents: 'Vrijdag na het middaggebed. Zaterdag is er les voor kinderen.',
      contactPerson: 'İbrahim Yılmaz',
      phone: '06-12345678',
    },
  },
  {
    category: 'Kringloop en voedselbank',
    place: {
      name: 'Kringloop Çarşı',
      address: 'Tigrisdreef 8',
      whenParents: 'Op zaterdagochtend is het druk met gezinnen.',
    },
  },
  {
    category: 'Park, speeltuin, plein en volkstuin',
    place: {
      name: 'Brüggemann-speeltuin',
      whenParents: 'Na schooltijd en op woensdagmiddag.',
      notes: 'De speeltuinvereniging zoekt vrijwilligers. Vraag naar de beheerder.',
    },
  },
  {
    category: 'Sportvereniging',
    place: {
      name: "Şükrü's sportschool",
      organisationName: 'Sportschool Şükrü & Zonen',
      contactPerson: 'Şükrü Demir',
      whenParents: 'Kickboksen voor kinderen op maandag en donderdag om 17.00 uur.',
    },
  },
  {
    category: 'Markt',
    place: { name: 'Weekmarkt Zamenhofdreef', whenParents: 'Zaterdag van 9.00 tot 16.00 uur.' },
  },
  {
    category: '(Migranten)zelforganisatie',
    place: {
      name: 'Stichting Ouders van Eritrea',
      contactPerson: 'Senait Tesfay',
      tipFrom: 'Buurtteam Overvecht',
    },
  },
];

const PLACE_NAMES = PLACES.map((p) => p.place.name);

/** The nine kinds of place, in the order of the card (each is one card). */
const ALL_CATEGORIES = [
  SCHOOL,
  BUURTHUIS,
  'Markt',
  'Sportvereniging',
  'Zwembad',
  '(Migranten)zelforganisatie',
  'Moskee, kerk en tempel',
  'Park, speeltuin, plein en volkstuin',
  'Kringloop en voedselbank',
];

const pdfTools = hasPdftotext();
if (!pdfTools) {
  if (process.env.CI === 'true')
    throw new Error('pdftotext is missing (apt-get install poppler-utils)');
  console.log('- PDF checks skipped: pdftotext not found (apt-get install poppler-utils)');
}

describe('a new professional works through the whole plan', () => {
  let app: AppServer;
  let chromium: TestBrowser;
  let context: BrowserContext;
  let page: Page;
  let tmp: string;
  let planId = '';

  const planUrl = (suffix = '') => `${app.baseUrl}/plannen/${planId}${suffix}`;

  beforeAll(async () => {
    app = await startAppServer();
    chromium = await launchBrowser();
    context = await newContext(chromium.browser);
    page = await context.newPage();
    tmp = mkdtempSync(path.join(tmpdir(), 'oidw-journey-'));
    mkdirSync(resultsDir, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await chromium?.close();
    await app?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('signs up and makes a plan for Wijk 03 Overvecht in Utrecht', async () => {
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Ayşe Kılıç',
      organisationName: 'GGD regio Utrecht',
      email: uniqueEmail('journey'),
      password: 'een lang wachtwoord',
    });

    planId = await createPlanInBrowser(page, {
      title: 'Meer bewegen met ouders in Overvecht',
      municipality: 'Utrecht',
      wijk: 'Wijk 03 Overvecht',
    });

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Stap 1: Wie en waarom',
    );
    expect(await page.getByText('Utrecht · Actief').count()).toBe(1);
  });

  it('writes down in step 1 what to learn and from which parents, and reads the sentence made of it', async () => {
    await page
      .getByLabel('Wat wil je van de ouders leren?')
      .fill('hoe hun kinderen meer kunnen bewegen');
    await page
      .getByLabel('Waarvoor heb je de ouders nodig?')
      .fill('samen een plan te maken voor meer sport in de wijk');
    await page.getByRole('checkbox', { name: '4 tot 12 jaar (basisschool)' }).check();
    await page.getByRole('checkbox', { name: 'Weinig geld', exact: true }).check();
    await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await waitForMessage(page, 'Je antwoorden zijn opgeslagen.');

    const statement = page.getByRole('region', { name: 'Jouw doelgroep en doel' });
    expect(oneLine((await statement.textContent()) ?? '')).toContain(
      'Ik wil in contact komen met ouders van kinderen van 4 tot 12 jaar (basisschool) die weinig geld hebben. ' +
        'Samen met hen wil ik ontdekken hoe hun kinderen meer kunnen bewegen. ' +
        'Ik heb hen nodig om samen een plan te maken voor meer sport in de wijk.',
    );
    expect(await page.getByRole('checkbox', { name: 'Weinig geld', exact: true }).isChecked()).toBe(
      true,
    );
  });

  it('sets step 1 to Klaar and sees that in the step navigation', async () => {
    const steps = page.getByRole('navigation', { name: 'Stappen van dit plan' });
    const stepOne = steps.getByRole('link', { name: /Stap 1: Wie en waarom/ });
    // Saving the answers started the step.
    expect(await stepOne.textContent()).toContain('Bezig');

    await page.getByRole('radio', { name: 'Klaar' }).check();
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    await waitForMessage(page, 'Stap 1 staat nu op: klaar.');

    expect(await stepOne.textContent()).toContain('Klaar');
    expect(await steps.getByRole('link', { name: /Stap 2/ }).textContent()).not.toContain('Klaar');
  });

  it('explains in step 2 why this wijk, with notes', async () => {
    await page
      .getByRole('navigation', { name: 'Stappen van dit plan' })
      .getByRole('link', { name: /Stap 2: Waar wonen ze/ })
      .click();
    await page.waitForURL('**/stap/2');

    await page
      .getByLabel('Waarom Wijk 03 Overvecht?')
      .fill('Hier wonen veel gezinnen met jonge kinderen en weinig geld.');
    await page
      .getByLabel('Aantekeningen over Wijk 03 Overvecht')
      .fill('Cijfers van de wijkmonitor 2024 besproken met het wijkteam.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await waitForMessage(page, 'Wat je bij de wijken schreef, is opgeslagen.');

    expect(await page.getByLabel('Waarom Wijk 03 Overvecht?').inputValue()).toBe(
      'Hier wonen veel gezinnen met jonge kinderen en weinig geld.',
    );
  });

  it('puts ten places in eight kinds on the overzichtskaart, with the add form of each card', async () => {
    await page.goto(planUrl('/overzichtskaart'));
    await page.getByRole('heading', { level: 1, name: 'Waar kun je ouders ontmoeten?' }).waitFor();

    for (const { category, place } of PLACES) await addPlace(page, category, place);

    for (const { category, place } of PLACES) {
      const shown = card(page, category).getByRole('heading', { level: 3, name: place.name });
      expect(await shown.count(), place.name).toBe(1);
    }
    expect(await card(page, SCHOOL).textContent()).toContain('2 plekken');
    expect(await card(page, SCHOOL).textContent()).toContain('3562 JT');
    expect(await card(page, 'Zwembad').textContent()).toContain('Nog geen plekken.');
  });

  it('chooses a top 3 with reasons and plans a contact moment in step 3', async () => {
    await page.goto(planUrl('/stap/3'));
    expect(await page.getByText('Er staan 10 plekken op de kaart.').count()).toBe(1);

    const top = [
      ['Basisschool De Watertoren', 'Bijna alle ouders komen hier twee keer per dag.'],
      ['Moskee Ayasofya İlkokul', 'De imam kent veel gezinnen die we nog niet bereiken.'],
      ['Zoë’s taalcafé', 'Ouders die weinig Nederlands spreken, komen hier graag.'],
    ] as const;
    // A place of another organisation than its name shows both in the list.
    const option = (name: string) =>
      name === 'Zoë’s taalcafé' ? `${name} (Bibliotheek Overvecht)` : name;
    for (const [index, [name, reason]] of top.entries()) {
      await page.getByLabel(`Plek voor nummer ${index + 1}`).selectOption({ label: option(name) });
      await page.getByLabel(`Waarom nummer ${index + 1}?`).fill(reason);
    }
    await page.getByRole('button', { name: 'Top 3 opslaan' }).click();
    await waitForMessage(page, 'Je top 3 is opgeslagen.');

    const topList = page.getByRole('region', { name: 'Top 3: wie benader je eerst?' });
    for (const [index, [name, reason]] of top.entries()) {
      await topList.getByRole('heading', { name: `Nummer ${index + 1}: ${name}` }).waitFor();
      expect(await topList.textContent()).toContain(reason);
    }

    const planning = page.getByRole('region', { name: 'Planning: wie spreek je wanneer?' });
    await planning.getByLabel('Met wie?').fill('Meester Joost');
    await planning
      .getByLabel('Bij welke plek van de kaart hoort dit?')
      .selectOption({ label: 'Basisschool De Watertoren' });
    await planning.getByLabel('Datum', { exact: true }).fill('2027-03-15');
    await planning.getByLabel('Tijd').fill('09:30');
    await planning
      .getByLabel('Wat wil je bespreken of bereiken?')
      .fill('Kennismaken en vragen of we op het schoolplein mogen staan.');
    await planning.getByRole('button', { name: 'Toevoegen aan de planning' }).click();
    await waitForMessage(page, 'Het contactmoment staat in de planning.');

    await planning
      .getByRole('heading', { name: /Meester Joost/ })
      .first()
      .waitFor();
    expect(await planning.textContent()).toContain('9:30 uur');
  });

  it('writes down a visit and what makes them reliable in step 4', async () => {
    await page.goto(planUrl('/stap/4'));

    const visits = page.getByRole('region', { name: 'Bezoeken in de wijk' });
    await visits
      .getByLabel('Plek van de overzichtskaart')
      .selectOption({ label: 'Kringloop Çarşı' });
    await visits.getByLabel('Datum', { exact: true }).fill('2027-03-20');
    await visits.getByLabel('Gepland of gedaan?').selectOption({ label: 'Gedaan' });
    await visits
      .getByLabel('Waar zijn ouders mee bezig?')
      .fill('De kosten van zwemles en sportkleding.');
    await visits.getByRole('button', { name: 'Bezoek opslaan' }).click();
    await waitForMessage(page, 'Het bezoek is opgeslagen.');
    await visits.getByRole('heading', { level: 4, name: /Kringloop Çarşı/ }).waitFor();
    expect(await visits.textContent()).toContain('De kosten van zwemles en sportkleding.');

    const reliable = page.getByRole('region', { name: 'Ben je betrouwbaar?' });
    await reliable.getByRole('checkbox', { name: 'Ik reageer snel' }).check();
    await reliable
      .getByLabel('Hoe doe je dit? Of wat wil je beter doen? (Ik reageer snel)')
      .fill('Ik bel dezelfde dag terug.');
    await reliable.getByRole('button', { name: 'Lijst opslaan' }).click();
    await waitForMessage(page, 'De lijst over betrouwbaar zijn is opgeslagen.');

    expect(oneLine((await reliable.textContent()) ?? '')).toContain('1 van de 4 aangevinkt');
    expect(await reliable.getByRole('checkbox', { name: 'Ik reageer snel' }).isChecked()).toBe(
      true,
    );
  });

  it('chooses a way of working together and writes down an insight in step 5', async () => {
    await page.goto(planUrl('/stap/5'));

    await page
      .getByLabel('Werkvorm', { exact: true })
      .selectOption({ label: 'Spiegelbijeenkomst' });
    await page.getByLabel('Wanneer').fill('woensdag 9 juni');
    await page.getByLabel('Met wie').fill('Acht ouders van De Watertoren');
    await page.getByLabel('Wat willen we leren?').fill('Wat houdt kinderen tegen om te sporten?');
    await page.getByRole('button', { name: 'Werkvorm toevoegen' }).click();
    await waitForMessage(page, 'De werkvorm is toegevoegd.');
    await page
      .getByRole('region', { name: 'Jouw werkvormen' })
      .getByRole('heading', { name: 'Spiegelbijeenkomst' })
      .waitFor();

    await page.getByLabel('Wat voor inzicht is het?').selectOption({ label: 'Idee' });
    await page.getByLabel('Wat heb je gehoord of geleerd?').fill('Gratis sportles op het plein.');
    await page.getByLabel('Thema').fill('Sport');
    await page
      .getByLabel('Bij welke werkvorm hoorde je dit?')
      .selectOption({ label: 'Spiegelbijeenkomst (woensdag 9 juni)' });
    await page.getByRole('button', { name: 'Inzicht opslaan' }).click();
    await waitForMessage(page, 'Het inzicht is opgeslagen.');

    const learned = page.getByRole('region', { name: 'Wat heb je geleerd?' });
    expect(await learned.textContent()).toContain('Gratis sportles op het plein.');
    expect(await learned.textContent()).toContain('Uit: Spiegelbijeenkomst (woensdag 9 juni)');
  });

  it('plans feedback to the parents in step 6 and marks it done', async () => {
    await page.goto(planUrl('/stap/6'));

    await page
      .getByLabel('Wat vertel je de ouders?')
      .fill('Wat we hoorden, en dat er in de zomer gratis sportles komt.');
    await page.getByLabel('Aan wie?').fill('Alle ouders van De Watertoren');
    await page
      .getByLabel('Hoe laat je het weten?')
      .selectOption({ label: 'Poster, bijvoorbeeld bij het schoolplein' });
    await page.getByLabel('Wanneer?').fill('01-07-2027');
    await page.getByRole('button', { name: 'Terugkoppeling toevoegen' }).click();
    await waitForMessage(page, 'De terugkoppeling staat in je lijst.');

    const list = page.getByRole('region', { name: 'Jouw terugkoppelingen' });
    expect(await list.textContent()).toContain('Nog niet gedaan');
    await list.getByRole('button', { name: /^Zet op gedaan/ }).click();
    await waitForMessage(page, 'Goed zo: de ouders hebben gehoord wat er met hun inbreng gebeurt.');

    expect(await list.textContent()).toMatch(/Gedaan op \d/);
    expect(await list.getByRole('button', { name: /^Zet op gedaan/ }).count()).toBe(0);
  });

  it.skipIf(!pdfTools)(
    'prints the overzichtskaart on A4 with every name, and never cuts a card that fits on a page',
    async () => {
      await page.goto(planUrl('/overzichtskaart'));
      await page.emulateMedia({ media: 'print' });
      const file = path.join(resultsDir, 'overzichtskaart-afdruk.pdf');
      writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
      await page.emulateMedia({ media: 'screen' });

      const pages = await pdfPages(file);
      const all = oneLine(pages.join('\n'));
      for (const name of PLACE_NAMES) expect(all, name).toContain(name);
      // More than one page, else "not cut" would prove nothing.
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages[0]).toContain('Pagina 1 van');

      for (const category of ALL_CATEGORIES) {
        const names = PLACES.filter((p) => p.category === category).map((p) => p.place.name);
        if (names.length > 3) continue;
        const onPages = pages
          .map((text, index) => ({ text, number: index + 1 }))
          .filter(({ text }) => text.split('\n').some((line) => isCardHeader(line, category)));
        expect(
          onPages.map((p) => p.number),
          `header of ${category}`,
        ).toHaveLength(1);
        const text = oneLine(onPages[0]?.text ?? '');
        for (const name of names)
          expect(text, `${name} on the page of ${category}`).toContain(name);
      }
    },
  );

  it.skipIf(!pdfTools)(
    'saves the overzichtskaart as a PDF file with every name spelled right',
    async () => {
      await page.goto(planUrl('/overzichtskaart'));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Opslaan als PDF' }).click(),
      ]);
      const file = path.join(resultsDir, 'overzichtskaart-download.pdf');
      await download.saveAs(file);

      expect(download.suggestedFilename()).toBe('overzichtskaart.pdf');
      const text = oneLine((await pdfPages(file)).join('\n'));
      for (const name of PLACE_NAMES) expect(text, name).toContain(name);
      expect(text).toContain('İbrahim Yılmaz');
      expect(text).toContain('Pagina 1 van');
    },
  );

  it('shows the filled overzichtskaart well on a laptop and on a phone', async () => {
    await page.goto(planUrl('/overzichtskaart'));
    for (const [name, viewport] of [
      ['laptop', LAPTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.screenshot({
        path: path.join(resultsDir, `overzichtskaart-${name}.png`),
        fullPage: true,
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `wider than the ${name} screen`).toBeLessThanOrEqual(0);
    }

    await page.setViewportSize(LAPTOP);

    // The picture in the README; only rewritten on request, so that CI leaves it alone.
    if (process.env.UPDATE_SCREENSHOT === '1') {
      await page.goto(planUrl('/overzichtskaart'));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({
        path: path.join(repoRoot, 'docs/screenshot.png'),
        fullPage: true,
        clip: { x: 0, y: 0, width: LAPTOP.width, height: Math.min(height, 1400) },
      });
    }
  });

  it('exports the plan, imports the file as a new plan, and gets the same plan document back', async () => {
    await page.goto(planUrl());
    const first = await downloadPlanDocument(page, path.join(tmp, 'eerste.json'));
    expect(first.places?.map((p) => p.name).sort()).toEqual([...PLACE_NAMES].sort());

    await page.goto(`${app.baseUrl}/plannen/import`);
    await page.getByLabel('Plandocument (.json)').setInputFiles(path.join(tmp, 'eerste.json'));
    await page.getByRole('button', { name: 'Plan importeren' }).click();
    await page.waitForURL((url) => /^\/plannen\/[0-9a-f-]{36}$/.test(url.pathname));
    const newPlanId = new URL(page.url()).pathname.split('/').pop();
    expect(newPlanId).not.toBe(planId);
    await waitForMessage(page, 'is geïmporteerd');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Meer bewegen met ouders in Overvecht',
    );

    const second = await downloadPlanDocument(page, path.join(tmp, 'tweede.json'));
    expect(comparablePlanDocument(second)).toEqual(comparablePlanDocument(first));
    expect(second.plan?.stepStatus).toMatchObject({ 1: 'klaar' });
  });
});

/** A line of the printed card's pink header: the kind of place, perhaps with its count. */
function isCardHeader(line: string, category: string): boolean {
  const text = line.trim();
  if (!text.startsWith(category)) return false;
  return /^(\s+\d+ plek(ken)?)?$/.test(text.slice(category.length));
}

/** Clicks "Plandocument downloaden (JSON)" on the plan page and reads the file. */
async function downloadPlanDocument(page: Page, file: string): Promise<PlanDocumentInput> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Plandocument downloaden (JSON)' }).click(),
  ]);
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^plan-meer-bewegen-.*\.json$/);
  return JSON.parse(readFileSync(file, 'utf8')) as PlanDocumentInput;
}
