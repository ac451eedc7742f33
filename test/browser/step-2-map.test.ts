import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import {
  launchBrowser,
  newContext,
  PHONE,
  signUpInBrowser,
  type TestBrowser,
} from '../support/browser';
import { uniqueEmail } from '../support/http';

// Step 2 as a user sees it: the ranking table, the map with coloured wijken and the plan's
// meeting places, and the page without JavaScript. Tiles point at a closed port, as when PDOK
// cannot be reached: the page must say so and keep working.
describe('step 2: ranking and map in the browser', () => {
  let app: AppServer;
  let chromium: TestBrowser;
  let database: DatabaseHandle;

  beforeAll(async () => {
    app = await startAppServer({
      env: { PDOK_TILES_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png' },
    });
    database = openDatabase({ databaseUrl: app.databaseUrl, dataDir: app.dataDir });
    chromium = await launchBrowser();
  });

  afterAll(async () => {
    await chromium?.close();
    await database?.close();
    await app?.stop();
  });

  it('ranks the wijken, draws the map with places and top 3, and chooses a wijk', async () => {
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
    const planPath = new URL(page.url()).pathname.replace(/\/stap\/1$/, '');
    const planId = planPath.split('/').at(-1) ?? '';
    for (const name of ['Buurthuis De Schakel', 'Basisschool De Regenboog']) {
      await page.request.post(`${app.baseUrl}${planPath}/overzichtskaart?toevoegen=buurthuis`, {
        form: {
          intent: 'plek-toevoegen',
          formToken: randomUUID(),
          category: 'buurthuis',
          name,
          address: '',
          postcode: '',
          city: '',
          whenParents: '',
          organisationName: '',
          contactPerson: '',
          phone: '',
          email: '',
          socialMedia: '',
          notes: '',
          tipFrom: '',
        },
        headers: { Origin: app.baseUrl },
        maxRedirects: 0,
      });
    }
    await database.db
      .updateTable('place')
      .set({ latitude: 52.1167, longitude: 5.1039 })
      .where('name', '=', 'Buurthuis De Schakel')
      .execute();
    await database.db
      .updateTable('place')
      .set({ latitude: 52.105, longitude: 5.09 })
      .where('name', '=', 'Basisschool De Regenboog')
      .execute();
    const schakel = await database.db
      .selectFrom('place')
      .select('id')
      .where('name', '=', 'Buurthuis De Schakel')
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('planPlace')
      .set({ topRank: 1 })
      .where('planId', '=', planId)
      .where('placeId', '=', schakel.id)
      .execute();

    await page.goto(`${app.baseUrl}${planPath}/stap/2`);

    const table = page.getByRole('table', { name: /Cijfers van de wijken van Utrecht/ });
    await expect.poll(() => table.getByRole('row').count()).toBe(11);
    const canvas = page.locator('.wijk-map__canvas');
    await expect
      .poll(() => canvas.getAttribute('data-status'), { timeout: 15_000 })
      .toMatch(/ready|tiles-failed/);
    await expect.poll(() => page.locator('path.leaflet-interactive').count()).toBe(10);
    await expect
      .poll(() => page.getByText('De achtergrondkaart laadt niet').count(), { timeout: 15_000 })
      .toBe(1);
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(2);
    expect(await page.locator('.leaflet-marker-icon.wijk-map__marker--top').textContent()).toBe(
      '1',
    );
    expect(await page.getByText('Kaartgegevens © Kadaster').first().isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/step-2-laptop.png', fullPage: true });

    await page
      .getByLabel('Kleur de wijken naar')
      .selectOption({ label: 'Woningen van een woningcorporatie' });
    await page.getByRole('button', { name: 'Toon op de kaart' }).click();
    await page.waitForURL(/kaart=corporatie/);
    await page.getByText('Woningen van een woningcorporatie (Bron: CBS, 2023)').waitFor();

    await page.getByRole('link', { name: /^Inwoners/ }).click();
    await page.waitForURL(/sorteer=inwoners/);
    await expect
      .poll(() => page.getByRole('columnheader', { name: /^Inwoners/ }).getAttribute('aria-sort'))
      .toBe('descending');

    await page.getByRole('checkbox', { name: 'Wijk 01 West kiezen voor het plan' }).check();
    await page.getByRole('button', { name: 'Gekozen wijken aan het plan toevoegen' }).click();
    await page.getByText('Er is 1 wijk of buurt toegevoegd.').waitFor();
    expect(await page.getByLabel('Waarom Wijk 01 West?').count()).toBe(1);

    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/step-2-phone.png', fullPage: true });
    await context.close();
  });

  it('works without JavaScript and says why the map is missing', async () => {
    const context = await newContext(chromium.browser, { javaScript: false });
    const page = await context.newPage();
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Sem de Vries',
      organisationName: 'Wijkteam Zuid',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });
    await page.getByLabel('Naam van het plan').fill('Zonder script');
    await page.getByLabel('Gemeente').selectOption({ label: 'Utrecht' });
    await page.getByRole('button', { name: 'Verder: wijken kiezen' }).click();
    await page.getByLabel('Wijk 03 Overvecht').check();
    await page.getByRole('button', { name: 'Plan maken' }).click();
    await page.waitForURL('**/stap/1');
    const planPath = new URL(page.url()).pathname.replace(/\/stap\/1$/, '');

    await page.goto(`${app.baseUrl}${planPath}/stap/2`);
    await page.getByLabel('Aandeel mensen met herkomst buiten Europa').selectOption('3');
    await page.getByRole('button', { name: 'Opnieuw rangschikken' }).click();

    expect(page.url()).toContain('gewicht-herkomst=3');
    expect(await page.getByText('Zonder JavaScript is er geen kaart').first().isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('table').getByRole('row').count()).toBe(11);
    await context.close();
  });
});
