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

// Every page through axe-core, at laptop and phone width, and a check that nothing is wider
// than a phone screen.
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
    '/bestaat-niet',
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

  it('finds no WCAG problems on the signed-in pages, on a laptop and on a phone', async () => {
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

    const pages = [
      '/plannen',
      '/plannen/nieuw',
      '/plannen/nieuw?gemeente=GM0344',
      '/plannen/import',
      '/prullenbak',
      '/account',
      planPath,
      ...[1, 2, 3, 4, 5, 6].map((n) => `${planPath}/stap/${n}`),
      `${planPath}/overzichtskaart`,
      `${planPath}/overzichtskaart?leeg=1`,
    ];
    for (const viewport of [undefined, PHONE]) {
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

    // The one-time view of setting up sign-in in two steps (QR code, key, backup codes).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${app.baseUrl}/account`);
    await page.getByLabel('Je wachtwoord').fill('een lang wachtwoord');
    await page.getByRole('button', { name: 'Inloggen in twee stappen aanzetten' }).click();
    await page.getByLabel('Code uit je app').waitFor();
    expect(await accessibilityViolations(page), 'two-step setup').toEqual([]);
    await context.close();
  });
});
