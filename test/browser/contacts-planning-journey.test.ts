import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { launchBrowser, newContext, signUpInBrowser, type TestBrowser } from '../support/browser';
import { uniqueEmail } from '../support/http';
import { addPlace, createPlanInBrowser, waitForMessage } from './support-journey';

// Issue 4 as a user story, with JavaScript switched off: contacts, a repeating visit across
// the change to summer time, its calendar file, an incoming call that turns late, a promise
// kept, and the meeting places as a spreadsheet.
describe('a professional who plans visits and keeps promises', () => {
  let app: AppServer;
  let chromium: TestBrowser;
  let context: BrowserContext;
  let page: Page;
  let planUrl = '';

  beforeAll(async () => {
    app = await startAppServer();
    chromium = await launchBrowser();
    context = await newContext(chromium.browser, { javaScript: false });
    page = await context.newPage();
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Noor Bakker',
      organisationName: 'GGD Midden',
      email: uniqueEmail('journey4'),
      password: 'een lang wachtwoord',
    });
    const planId = await createPlanInBrowser(page, {
      title: 'Bewegen in Overvecht',
      municipality: 'Utrecht',
      wijk: 'Wijk 03 Overvecht',
    });
    planUrl = `${app.baseUrl}/plannen/${planId}`;
  });

  afterAll(async () => {
    await context?.close();
    await chromium?.close();
    await app?.stop();
  });

  it('adds a contact person and finds her without typing the accent', async () => {
    await page.goto(`${app.baseUrl}/contacten/nieuw`);
    await page.getByLabel('Naam', { exact: true }).fill('Ayşe van der Berg');
    await page.getByLabel(/^Functie of rol/).fill('Juf van groep 3');
    await page.getByLabel(/^Gerechtvaardigd belang/).check();
    await page.getByRole('button', { name: 'Contact opslaan' }).click();
    await waitForMessage(page, 'Ayşe van der Berg staat in je contacten.');

    await page.goto(`${app.baseUrl}/contacten`);
    await page.getByLabel('Zoeken', { exact: true }).fill('ayse');
    await page.getByRole('button', { name: 'Zoeken' }).click();

    await page.getByRole('link', { name: 'Ayşe van der Berg' }).waitFor();
  });

  it('plans a weekly visit across the summer-time change and downloads it as .ics', async () => {
    await page.goto(`${planUrl}/stap/4`);
    const form = page.locator('#bezoek-toevoegen');
    await form.getByLabel('Waar ga je naartoe?').fill('Koffieochtend buurthuis De Linde');
    await form.getByLabel('Datum', { exact: true }).fill('2027-03-16');
    await form.getByLabel(/^Tijd/).fill('09:30');
    await form.getByLabel('Komt het terug?').selectOption({ label: 'Ja, elke week' });
    await form.getByLabel(/^Tot en met welke datum/).fill('2027-04-06');
    await form.getByRole('button', { name: 'Bezoek opslaan' }).click();
    await waitForMessage(page, 'Het bezoek is opgeslagen.');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Hele planning in je agenda zetten (.ics)' }).click();
    const file = await (await download).path();
    const calendar = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      ICAL.TimezoneService.register(zone);
    }
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      starts.push(next.toJSDate().toISOString());
    }

    expect(event.summary).toBe('Bezoek: Koffieochtend buurthuis De Linde');
    expect(starts).toEqual([
      '2027-03-16T08:30:00.000Z',
      '2027-03-23T08:30:00.000Z',
      '2027-03-30T07:30:00.000Z',
      '2027-04-06T07:30:00.000Z',
    ]);
  });

  it('logs an incoming call and sees it turn late', async () => {
    await page.goto(`${planUrl}/vertrouwen`);
    const form = page.locator('#binnen-nieuw');
    await form.getByLabel('Datum', { exact: true }).fill('2024-05-01');
    await form.getByLabel(/^Tijd/).fill('10:00');
    await form.getByLabel('Hoe?').selectOption({ label: 'Gebeld' });
    await form.getByLabel('Wie?').fill('Een moeder van De Regenboog');
    await form.getByRole('button', { name: 'Contact opslaan' }).click();
    await waitForMessage(page, 'Het contact is opgeslagen.');

    await page.getByText('Te laat: nog geen antwoord').waitFor();
    await page.getByRole('heading', { name: 'Wachten te lang op antwoord (1)' }).waitFor();
  });

  it('adds a promise and keeps it', async () => {
    const form = page.locator('#belofte-nieuw');
    await form.getByLabel('Wat heb je beloofd?').fill('Flyers in het Arabisch meenemen');
    await form.getByLabel('Aan wie?').fill('De ouders van de koffieochtend');
    await form.getByLabel('Uiterlijk op').fill('2027-03-23');
    await form.getByRole('button', { name: 'Belofte opslaan' }).click();
    await waitForMessage(page, 'De belofte is opgeslagen.');
    await page.getByRole('heading', { name: 'Open beloftes (1)' }).waitFor();

    const close = page.getByRole('group', {
      name: 'Hoe is het gegaan met: Flyers in het Arabisch meenemen',
    });
    await close.getByLabel('Uitkomst').selectOption({ label: 'Nagekomen' });
    await close.getByLabel(/^Hoe heb je het gedaan/).fill('Meegenomen op dinsdag.');
    await close.getByRole('button', { name: 'Opslaan' }).click();
    await waitForMessage(page, 'Opgeslagen hoe het met de belofte is gegaan.');

    await page.getByRole('heading', { name: 'Open beloftes (0)' }).waitFor();
    await page.getByText('Hoe: Meegenomen op dinsdag.').waitFor();
  });

  it('exports the meeting places to XLSX and imports them again with nothing lost or doubled', async () => {
    await page.goto(`${planUrl}/overzichtskaart`);
    await addPlace(page, 'Bibliotheek, buurthuis en taalschool', {
      name: 'Buurthuis De Linde',
      postcode: '3555 AB',
    });

    await page.goto(`${planUrl}/stap/3`);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'ontmoetingsplekken (Excel)' }).click();
    const exported = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);

    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A2').value).toBe('Buurthuis De Linde');
    expect(sheet?.getCell('D2').value).toBe('3555 AB');

    await page.goto(`${planUrl}/overzichtskaart`);
    await page.getByRole('link', { name: 'Plekken importeren uit Excel of CSV' }).click();
    await page.getByLabel('Bestand (Excel .xlsx of CSV)').setInputFiles(exported);
    await page.getByRole('button', { name: 'Bestand bekijken' }).click();
    await expect.poll(() => page.getByLabel('Kolom 1: Naam').inputValue()).toBe('name');
    await page.getByRole('button', { name: 'Plekken importeren' }).click();
    await waitForMessage(
      page,
      'Import klaar: 0 nieuwe plekken en 1 plek die je organisatie al had staan nu op de overzichtskaart.',
    );

    await page.goto(`${planUrl}/stap/3`);
    const again = page.waitForEvent('download');
    await page.getByRole('link', { name: 'ontmoetingsplekken (Excel)' }).click();
    const reexported = new ExcelJS.Workbook();
    await reexported.xlsx.readFile(await (await again).path());
    expect(rowsOf(reexported)).toEqual(rowsOf(workbook));
    expect(rowsOf(reexported)).toHaveLength(2);
  });
});

function rowsOf(workbook: ExcelJS.Workbook): unknown[] {
  const rows: unknown[] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push(row.values);
  });
  return rows;
}
