import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { launchBrowser, newContext, signUpInBrowser, type TestBrowser } from '../support/browser';
import { uniqueEmail } from '../support/http';
import { createPlanInBrowser } from './support-journey';

// The content security policy must block nothing the app itself needs: React Router's inline
// scripts carry the page's nonce, and the pages still work with JavaScript on.
describe('the content security policy in the browser', () => {
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

  /** Records every policy violation, CSP console message and script error of a page. */
  async function watch(page: Page): Promise<string[]> {
    const problems: string[] = [];
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations?: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|nonce/i.test(message.text())) {
        problems.push(`console: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    return problems;
  }

  async function violationsOn(page: Page): Promise<string[]> {
    return page.evaluate(
      () => (window as unknown as { __violations?: string[] }).__violations ?? [],
    );
  }

  it('blocks nothing on the main pages and keeps navigation in the page working', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    const problems = await watch(page);

    for (const path of ['/', '/inloggen', '/registreren']) {
      await page.goto(`${app.baseUrl}${path}`);
      problems.push(...(await violationsOn(page)).map((v) => `${path}: ${v}`));
    }
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Mila de Boer',
      organisationName: 'GGD Zuid',
      email: uniqueEmail('csp'),
      password: 'een lang wachtwoord',
    });
    await createPlanInBrowser(page, {
      title: 'Samen spelen',
      municipality: 'Utrecht',
      wijk: 'Wijk 05 Oost',
    });
    const planPath = new URL(page.url()).pathname.replace(/\/stap\/1$/, '');
    const pages = [
      '/plannen',
      '/plannen/nieuw',
      '/plannen/import',
      '/prullenbak',
      '/account',
      planPath,
      ...[1, 2, 3, 4, 5, 6].map((n) => `${planPath}/stap/${n}`),
      `${planPath}/overzichtskaart`,
    ];
    for (const path of pages) {
      await page.goto(`${app.baseUrl}${path}`);
      await page.waitForLoadState('networkidle');
      problems.push(...(await violationsOn(page)).map((v) => `${path}: ${v}`));
    }

    // With the scripts running, a link is followed inside the page: no new document loads.
    await page.evaluate(() => {
      (window as unknown as { __samePage?: boolean }).__samePage = true;
    });
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await page.waitForURL('**/account');
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage === true),
      )
      .toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    problems.push(...(await violationsOn(page)));

    // The QR code for the authenticator app is an image in the page itself.
    await page.getByLabel('Je wachtwoord').fill('een lang wachtwoord');
    await page.getByRole('button', { name: 'Inloggen in twee stappen aanzetten' }).click();
    const qrCode = page.getByRole('img', { name: /QR-code/ });
    await qrCode.waitFor();
    expect(await qrCode.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    problems.push(...(await violationsOn(page)).map((v) => `two-step setup: ${v}`));

    expect(problems).toEqual([]);
    await context.close();
  });
});
