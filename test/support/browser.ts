import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

export type TestBrowser = { browser: Browser; close: () => Promise<void> };

/** Debian's Chromium through playwright-core; Playwright gives each launch a fresh profile. */
export async function launchBrowser(): Promise<TestBrowser> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error('No Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return { browser, close: () => browser.close() };
}

export const LAPTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export async function newContext(
  browser: Browser,
  options: { javaScript?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: options.viewport ?? LAPTOP,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
}

/** axe-core on the page for WCAG 2.2 A and AA; returns the violations as readable lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

/** Signs up through the form in the browser; the page ends on "Nieuw plan maken". */
export async function signUpInBrowser(
  page: Page,
  baseUrl: string,
  input: { name: string; organisationName: string; email: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/registreren`);
  await page.getByLabel('Je naam').fill(input.name);
  await page.getByLabel('Naam van je organisatie').fill(input.organisationName);
  await page.getByLabel('E-mailadres').fill(input.email);
  await page.getByLabel('Wachtwoord').fill(input.password);
  await page.getByRole('button', { name: 'Account maken' }).click();
  await page.waitForURL('**/plannen/nieuw');
}
