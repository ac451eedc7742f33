import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { launchBrowser, newContext, signUpInBrowser, type TestBrowser } from '../support/browser';
import { uniqueEmail } from '../support/http';
import {
  addPlace,
  card,
  createPlanInBrowser,
  fillPlaceFields,
  waitForMessage,
} from './support-journey';

// Plain forms and post/redirect/get: everything here works with JavaScript switched off.
describe('a professional whose browser runs no JavaScript', () => {
  let app: AppServer;
  let chromium: TestBrowser;
  let context: BrowserContext;
  let page: Page;
  let mapUrl = '';

  beforeAll(async () => {
    app = await startAppServer();
    chromium = await launchBrowser();
    context = await newContext(chromium.browser, { javaScript: false });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await chromium?.close();
    await app?.stop();
  });

  /** The answer to the form post that the next action sends (a full page load without JS). */
  function nextPost() {
    return page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && response.request().isNavigationRequest(),
    );
  }

  it('signs up and makes a plan through the two forms: municipality first, then the wijk', async () => {
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Joris de Boer',
      organisationName: 'Buurtteam Overvecht',
      email: uniqueEmail('nojs'),
      password: 'een lang wachtwoord',
    });

    const planId = await createPlanInBrowser(page, {
      title: 'Ouders in Overvecht zonder JavaScript',
      municipality: 'Utrecht',
      wijk: 'Wijk 03 Overvecht',
    });

    mapUrl = `${app.baseUrl}/plannen/${planId}/overzichtskaart`;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Stap 1: Wie en waarom',
    );
  });

  it('adds a place with the form that opens on the card, and sees it there', async () => {
    await page.goto(mapUrl);
    // The print button needs JavaScript: its absence shows that none runs.
    expect(await page.getByRole('button', { name: 'Afdrukken' }).count()).toBe(0);
    expect(await page.getByText('Ctrl+P').count()).toBe(1);

    await addPlace(page, 'Markt', {
      name: 'Weekmarkt Zamenhofdreef',
      whenParents: 'Zaterdag van 9.00 tot 16.00 uur.',
      contactPerson: 'Marktmeester Henk',
    });

    expect(new URL(page.url()).search).toBe('');
    const market = card(page, 'Markt');
    expect(await market.textContent()).toContain('Zaterdag van 9.00 tot 16.00 uur.');
    expect(await market.textContent()).toContain('1 plek');
  });

  it('keeps everything typed and says in Dutch what is missing when the name is empty', async () => {
    const sport = card(page, 'Sportvereniging');
    await sport.getByRole('link', { name: 'Plek toevoegen aan Sportvereniging' }).click();
    const form = sport.getByRole('form', { name: 'Nieuwe plek: Sportvereniging' });
    // Only spaces: the browser lets it through (the field is required), the server does not.
    await fillPlaceFields(form, {
      name: '   ',
      address: 'Gageldijk 2',
      whenParents: 'Zaterdagochtend bij de jeugdwedstrijden.',
      contactPerson: 'Şükrü Demir',
      phone: '06-98765432',
    });
    const answer = nextPost();
    await form.getByRole('button', { name: 'Plek opslaan' }).click();

    expect((await answer).status()).toBe(400);
    const failed = card(page, 'Sportvereniging').getByRole('form', {
      name: 'Nieuwe plek: Sportvereniging',
    });
    await failed.getByRole('alert').waitFor();
    expect(await failed.getByRole('alert').textContent()).toContain('Vul de naam van de plek in.');
    const name = failed.getByLabel('Naam van de plek');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await name.getAttribute('aria-describedby'))?.split(' ').at(-1) ?? '';
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(
      'Vul de naam van de plek in.',
    );
    expect(await failed.getByLabel('Adres').inputValue()).toBe('Gageldijk 2');
    expect(await failed.getByLabel('Wanneer zijn er ouders?').inputValue()).toBe(
      'Zaterdagochtend bij de jeugdwedstrijden.',
    );
    expect(await failed.getByLabel('Contactpersoon').inputValue()).toBe('Şükrü Demir');
    expect(await failed.getByLabel('Telefoon').inputValue()).toBe('06-98765432');

    // Now with a name: the same form, the typed values still there.
    await name.fill('Voetbalclub Şükrüspor');
    await failed.getByRole('button', { name: 'Plek opslaan' }).click();
    await waitForMessage(page, 'Voetbalclub Şükrüspor staat nu op de kaart.');
    expect(await card(page, 'Sportvereniging').textContent()).toContain('Gageldijk 2');
  });

  it('changes a place with the edit form in the card', async () => {
    const market = card(page, 'Markt');
    await market.getByRole('link', { name: 'Wijzigen Weekmarkt Zamenhofdreef' }).click();
    const form = market.getByRole('form', { name: 'Plek wijzigen: Weekmarkt Zamenhofdreef' });
    expect(await form.getByLabel('Contactpersoon').inputValue()).toBe('Marktmeester Henk');

    await form.getByLabel('Naam van de plek').fill('Weekmarkt Overvecht');
    await form.getByLabel('Wanneer zijn er ouders?').fill('Zaterdag, vooral tussen 10 en 12 uur.');
    const answer = nextPost();
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();

    expect((await answer).status()).toBe(302);
    await waitForMessage(page, 'De wijzigingen in Weekmarkt Overvecht zijn opgeslagen.');
    await market.getByRole('heading', { level: 3, name: 'Weekmarkt Overvecht' }).waitFor();
    const text = (await market.textContent()) ?? '';
    expect(text).toContain('Zaterdag, vooral tussen 10 en 12 uur.');
    expect(text).toContain('Marktmeester Henk');
    expect(text).not.toContain('Weekmarkt Zamenhofdreef');
    expect(await market.getByRole('form').count()).toBe(0);
  });
});
