import { tmpdir } from 'node:os';
import path from 'node:path';
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
import { type FakePdok, startFakePdok, TEST_ADDRESSES } from '../support/fake-pdok';
import { type FakeTiles, startFakeTiles } from '../support/fake-tiles';
import { uniqueEmail } from '../support/http';

// The address combobox, the map of the places (tiles from a fake tile server), printing after
// the tiles loaded, and what the page says when tiles do not load. Screenshots go to the
// temporary folder (SCREENSHOTS_DIR to choose another) for a person to look at.
const shots = process.env.SCREENSHOTS_DIR ?? tmpdir();

describe('geocoding and the map in the browser', () => {
  let app: AppServer;
  let pdok: FakePdok;
  let tiles: FakeTiles;
  let chromium: TestBrowser;
  let context: BrowserContext;
  let page: Page;
  let mapUrl = '';

  beforeAll(async () => {
    pdok = await startFakePdok(TEST_ADDRESSES);
    tiles = await startFakeTiles();
    app = await startAppServer({
      env: { PDOK_LOCATIESERVER_URL: pdok.url, PDOK_TILES_URL: tiles.url },
    });
    chromium = await launchBrowser();
    context = await newContext(chromium.browser);
    page = await context.newPage();
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Noor Bakker',
      organisationName: 'GGD Midden',
      email: uniqueEmail('kaart'),
      password: 'een lang wachtwoord',
    });
    const response = await page.request.post(`${app.baseUrl}/plannen/nieuw`, {
      form: { title: 'Samen in Overvecht', municipality: 'GM0344', areas: 'WK034403' },
      headers: { Origin: app.baseUrl },
      maxRedirects: 0,
    });
    const planId = /\/plannen\/([^/]+)\/stap\/1/.exec(response.headers().location ?? '')?.[1];
    mapUrl = `${app.baseUrl}/plannen/${planId}/overzichtskaart`;
  });

  afterAll(async () => {
    await context?.close();
    await chromium?.close();
    await app?.stop();
    await tiles?.close();
    await pdok?.close();
  });

  it('suggests addresses while typing; arrow down and Enter fill address, postcode and place', async () => {
    await page.goto(`${mapUrl}?toevoegen=school#kaart-school`);
    const form = page.getByRole('form', { name: /Nieuwe plek/ });
    await form.getByLabel('Naam van de plek').fill('Basisschool De Regenboog');
    const address = form.getByRole('combobox', { name: /Adres/ });
    await address.click();
    await page.keyboard.type('Taagdreef 14');
    const option = form.getByRole('option', { name: 'Taagdreef 14, 3561KT Utrecht' });
    await option.waitFor();
    expect(await address.getAttribute('aria-expanded')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, 'oidw-adres-suggesties.png') });

    await page.keyboard.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');

    await expect.poll(() => form.getByLabel('Postcode').inputValue()).toBe('3561 KT');
    expect(await address.inputValue()).toBe('Taagdreef 14');
    expect(await form.getByLabel('Plaats').inputValue()).toBe('Utrecht');
    expect(await address.getAttribute('aria-expanded')).toBe('false');

    await form.getByRole('button', { name: 'Plek opslaan' }).click();
    await page
      .getByText(
        'Basisschool De Regenboog staat nu op de kaart. Het adres ligt in de wijk Overvecht.',
      )
      .waitFor();
  });

  it('shows the places as numbered markers on PDOK tiles, credits Kadaster, passes axe', async () => {
    await page.goto(mapUrl);
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    const marker = page.getByRole('button', { name: '1. Basisschool De Regenboog' });
    await marker.waitFor();
    expect(await page.locator('.okaart-map').textContent()).toContain('Kaartgegevens © Kadaster');
    expect(await page.getByText('De kaart heeft JavaScript nodig').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page
      .locator('#kaart-van-plekken')
      .screenshot({ path: path.join(shots, 'oidw-kaart.png') });

    // The marker can be reached and opened with the keyboard.
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup-content').getByText('Basisschool De Regenboog').waitFor();

    await page.setViewportSize(PHONE);
    await page.goto(mapUrl);
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page
      .locator('#kaart-van-plekken')
      .screenshot({ path: path.join(shots, 'oidw-kaart-telefoon.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('prints only after the tiles loaded, and the print keeps the map', async () => {
    tiles.delayMs = 1500;
    await page.goto(mapUrl);
    await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { printedWithTiles?: number; print: () => void };
      w.print = () => {
        w.printedWithTiles = document.querySelectorAll('.leaflet-tile-loaded').length;
      };
    });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    const printed = await page.waitForFunction(
      () => (window as unknown as { printedWithTiles?: number }).printedWithTiles,
    );
    expect(await printed.jsonValue()).toBeGreaterThan(0);
    tiles.delayMs = 0;

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.okaart-map__map').isVisible()).toBe(true);
    expect(await page.locator('.okaart-map__list').isVisible()).toBe(true);
    await page.pdf({ path: path.join(shots, 'oidw-kaart-print.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  });

  it('says why the map is missing when the tiles do not load', async () => {
    tiles.mode = 'down';
    await page.goto(mapUrl);
    await page.getByText('De achtergrondkaart kon niet laden').waitFor();
    // The numbered list is still there, and so are the markers.
    expect(await page.locator('.okaart-map__list li').count()).toBe(1);
    expect(await page.getByRole('button', { name: '1. Basisschool De Regenboog' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    tiles.mode = 'ok';
  });

  it('says why the map is missing without JavaScript, and the list still works', async () => {
    const noJs = await newContext(chromium.browser, { javaScript: false });
    const cookies = await context.cookies();
    await noJs.addCookies(cookies);
    const plain = await noJs.newPage();
    await plain.goto(mapUrl);
    expect(await plain.getByText('De kaart heeft JavaScript nodig').count()).toBe(1);
    expect(await plain.locator('.okaart-map__list li').count()).toBe(1);
    expect(await plain.locator('.okaart-map__map').isVisible()).toBe(false);
    // The retry and "Zoek alle adressen op" are plain forms: they work without JavaScript too.
    expect(await plain.getByRole('button', { name: 'Zoek alle adressen op' }).count()).toBe(0);
    await noJs.close();
  });

  it('"Zoek alle adressen op" shows how far it is and puts the found places on the map', async () => {
    pdok.mode = 'error';
    for (const [name, address, postcode] of [
      ['Buurthuis De Dreef', 'Wolgadreef 3HS', '3564 HK'],
      ['Consultatiebureau', 'Zamenhofdreef 23-II', '3562 JT'],
    ] as const) {
      await page.goto(`${mapUrl}?toevoegen=buurthuis#kaart-buurthuis`);
      const form = page.getByRole('form', { name: /Nieuwe plek/ });
      await form.getByLabel('Naam van de plek').fill(name);
      await form.getByRole('combobox', { name: /Adres/ }).fill(address);
      await form.getByLabel('Postcode').fill(postcode);
      await form.getByRole('button', { name: 'Plek opslaan' }).click();
      await page.getByText('Het adres opzoeken lukte nu niet').waitFor();
    }
    pdok.mode = 'ok';
    await page.goto(mapUrl);
    await page.getByRole('button', { name: 'Zoek alle adressen op' }).click();

    await page.getByText('Klaar. Gevonden: 2. Niet gevonden: 0.').waitFor();
    await expect.poll(() => page.locator('.okaart-map__list li').count()).toBeGreaterThanOrEqual(2);
    expect(new URL(page.url()).pathname).toMatch(/overzichtskaart$/);
  });

  it('shows the places per wijk on step 2', async () => {
    await page.goto(mapUrl.replace(/overzichtskaart$/, 'stap/2'));
    const section = page.getByRole('region', { name: 'Ontmoetingsplekken in je wijken' });
    await section.getByRole('link', { name: 'Basisschool De Regenboog' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await section.screenshot({ path: path.join(shots, 'oidw-stap2-plekken.png') });
  });
});
