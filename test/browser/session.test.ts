import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { launchBrowser, newContext, signUpInBrowser, type TestBrowser } from '../support/browser';
import { uniqueEmail } from '../support/http';
import { card, createPlanInBrowser, fillPlaceFields } from './support-journey';

// A long day in the field: the session runs out while a form is open. Whatever was typed comes
// back after signing in again, with JavaScript on and with it off.
describe('a professional whose session ran out while typing', () => {
  let app: AppServer;
  let chromium: TestBrowser;

  beforeAll(async () => {
    app = await startAppServer();
    chromium = await launchBrowser();
  });

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
  });

  for (const javaScript of [true, false]) {
    it(`gets the filled form back after signing in (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const context = await newContext(chromium.browser, { javaScript });
      const page = await context.newPage();
      const account = {
        name: 'Fenna Visser',
        organisationName: 'Wijkteam Oost',
        email: uniqueEmail('sessie'),
        password: 'een lang wachtwoord',
      };
      await signUpInBrowser(page, app.baseUrl, account);
      await createPlanInBrowser(page, {
        title: 'Ouders op het plein',
        municipality: 'Utrecht',
        wijk: 'Wijk 05 Oost',
      });
      await page.goto(page.url().replace(/\/stap\/1$/, '/overzichtskaart'));
      const market = card(page, 'Markt');
      await market.getByRole('link', { name: 'Plek toevoegen aan Markt' }).click();
      const form = market.getByRole('form', { name: 'Nieuwe plek: Markt' });
      await fillPlaceFields(form, {
        name: 'Zaterdagmarkt Oost',
        whenParents: 'Zaterdag vanaf tien uur, bij de kraam met groente',
      });

      await context.clearCookies();
      await form.getByRole('button', { name: 'Plek opslaan' }).click();
      await page.waitForURL('**/inloggen?**');
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toContain('Wat je had ingevuld is bewaard');
      await page.getByLabel('E-mailadres').fill(account.email);
      await page.getByLabel('Wachtwoord').fill(account.password);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.waitForURL('**/overzichtskaart?**herstel=**');

      const back = card(page, 'Markt').getByRole('form', { name: 'Nieuwe plek: Markt' });
      await expect
        .poll(() => back.getByLabel('Naam van de plek').inputValue())
        .toBe('Zaterdagmarkt Oost');
      expect(await back.getByLabel('Wanneer zijn er ouders?').inputValue()).toBe(
        'Zaterdag vanaf tien uur, bij de kraam met groente',
      );
      await context.close();
    });
  }
});
