import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { launchBrowser, newContext, signUpInBrowser, type TestBrowser } from '../support/browser';
import { uniqueEmail } from '../support/http';
import { addPlace, card, createPlanInBrowser, waitForMessage } from './support-journey';

// Long lists use plain links (ListLink) instead of React Router's <Link>, for speed on the server.
// With JavaScript a click on one still moves without loading the whole page again; without
// JavaScript it is an ordinary link.
describe('links and small forms in long lists', () => {
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
    it(`open a step of a plan and take a place off the card (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const context = await newContext(chromium.browser, { javaScript });
      const page = await context.newPage();
      await signUpInBrowser(page, app.baseUrl, {
        name: 'Sanne de Wit',
        organisationName: 'JGZ Noord',
        email: uniqueEmail('lijst'),
        password: 'een lang wachtwoord',
      });
      await createPlanInBrowser(page, {
        title: 'Ouders bij de bibliotheek',
        municipality: 'Utrecht',
        wijk: 'Wijk 05 Oost',
      });
      await page.goto(`${app.baseUrl}/plannen`);
      if (javaScript) await page.evaluate(() => Object.assign(window, { sameDocument: true }));

      await page.getByRole('link', { name: 'Stap 3: Waar komen ze' }).click();
      await page.waitForURL('**/stap/3');

      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toContain('Waar komen ze');
      // The mark set on the list page is still there: no new document was loaded.
      if (javaScript) expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

      // The small forms on each place of the overzichtskaart are plain forms too (ListForm).
      await page.goto(page.url().replace(/\/stap\/3$/, '/overzichtskaart'));
      await addPlace(page, 'Markt', { name: 'Weekmarkt Oost' });
      if (javaScript) await page.evaluate(() => Object.assign(window, { sameCard: true }));
      await card(page, 'Markt')
        .getByRole('button', { name: 'Van deze kaart halen Weekmarkt Oost' })
        .click();

      await waitForMessage(page, 'Weekmarkt Oost staat niet meer op deze kaart.');
      await expect
        .poll(() => card(page, 'Markt').getByRole('heading', { name: 'Weekmarkt Oost' }).count())
        .toBe(0);
      if (javaScript) expect(await page.evaluate(() => 'sameCard' in window)).toBe(true);
      await context.close();
    });
  }
});
