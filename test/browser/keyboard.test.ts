import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { launchBrowser, newContext, type TestBrowser } from '../support/browser';
import { uniqueEmail } from '../support/http';
import { card, invisibleFocus, tabTo, waitForMessage } from './support-journey';

// Only the keyboard: Tab to move, Enter to follow a link or press a button, typing to fill in.
// Every time the focus moves, it must be visible.
describe('a professional who works with the keyboard only', () => {
  let app: AppServer;
  let chromium: TestBrowser;
  let context: BrowserContext;
  let page: Page;
  let mapUrl = '';

  beforeAll(async () => {
    app = await startAppServer();
    chromium = await launchBrowser();
    context = await newContext(chromium.browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await chromium?.close();
    await app?.stop();
  });

  async function typeInto(label: string, text: string) {
    await tabTo(page, page.getByLabel(label, { exact: false }));
    await page.keyboard.type(text);
  }

  it('signs up with the keyboard', async () => {
    await page.goto(`${app.baseUrl}/registreren`);

    await typeInto('Je naam', 'Fatma Yılmaz');
    await typeInto('Naam van je organisatie', 'JGZ Utrecht');
    await typeInto('E-mailadres', uniqueEmail('keyboard'));
    await typeInto('Wachtwoord', 'een lang wachtwoord');
    await tabTo(page, page.getByRole('button', { name: 'Account maken' }));
    await page.keyboard.press('Enter');

    await page.waitForURL('**/plannen/nieuw');
    // The plan itself is made over HTTP with the same session: this story is about the card.
    const response = await page.request.post(`${app.baseUrl}/plannen/nieuw`, {
      form: { title: 'Samen met ouders in Overvecht', municipality: 'GM0344', areas: 'WK034403' },
      headers: { Origin: app.baseUrl },
      maxRedirects: 0,
    });
    const planId = /\/plannen\/([^/]+)\/stap\/1/.exec(response.headers().location ?? '')?.[1];
    expect(planId, `plan not made: ${response.status()}`).toBeTruthy();
    mapUrl = `${app.baseUrl}/plannen/${planId}/overzichtskaart`;
  });

  it('adds a place to the Markt card: Tab to "Plek toevoegen", Enter, type, Tab to save, Enter', async () => {
    await page.goto(mapUrl);
    const market = card(page, 'Markt');

    const toOpen = await tabTo(
      page,
      market.getByRole('link', { name: 'Plek toevoegen aan Markt' }),
    );
    await page.keyboard.press('Enter');
    const form = market.getByRole('form', { name: 'Nieuwe plek: Markt' });
    await form.waitFor();
    expect(await invisibleFocus(page)).toBeNull();

    const toName = await tabTo(page, form.getByLabel('Naam van de plek'));
    await page.keyboard.type('Kraam van Çiçek & Zoë');
    await tabTo(page, form.getByLabel('Wanneer zijn er ouders?'));
    await page.keyboard.type('Zaterdagochtend, bij de kraam met groente.');
    await tabTo(page, form.getByRole('button', { name: 'Plek opslaan' }));
    await page.keyboard.press('Enter');

    await waitForMessage(page, 'Kraam van Çiçek & Zoë staat nu op de kaart.');
    await market.getByRole('heading', { level: 3, name: 'Kraam van Çiçek & Zoë' }).waitFor();
    expect(await market.textContent()).toContain('Zaterdagochtend, bij de kraam met groente.');
    expect(await invisibleFocus(page)).toBeNull();
    // The keyboard goes on from the saved place, not from the top of the page.
    const focusedPlace = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focusedPlace).toMatch(/^plek-/);
    // Reached in a sensible number of steps; the next Tab after opening lands in the form.
    expect(toOpen).toBeLessThan(60);
    expect(toName).toBeLessThanOrEqual(1);
  });

  it('can leave the add form with "Annuleren" and go on from the card', async () => {
    const market = card(page, 'Markt');
    await tabTo(page, market.getByRole('link', { name: 'Plek toevoegen aan Markt' }));
    await page.keyboard.press('Enter');
    const form = market.getByRole('form', { name: 'Nieuwe plek: Markt' });
    await form.waitFor();

    await tabTo(page, form.getByRole('link', { name: 'Annuleren' }));
    await page.keyboard.press('Enter');

    await form.waitFor({ state: 'detached' });
    expect(new URL(page.url()).search).toBe('');
    // Focus goes on from the card: past the place's three actions to "Plek toevoegen".
    const back = await tabTo(page, market.getByRole('link', { name: 'Plek toevoegen aan Markt' }));
    expect(back).toBeLessThanOrEqual(5);
  });
});
