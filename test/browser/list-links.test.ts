import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { launchBrowser, newContext, signUpInBrowser, type TestBrowser } from '../support/browser';
import { uniqueEmail } from '../support/http';
import { createPlanInBrowser } from './support-journey';

// Long lists use plain links (ListLink) instead of React Router's <Link>, for speed on the server.
// With JavaScript a click on one still moves without loading the whole page again; without
// JavaScript it is an ordinary link.
describe('links in the plan list', () => {
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
    it(`open a step of a plan (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
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
      await context.close();
    });
  }
});
