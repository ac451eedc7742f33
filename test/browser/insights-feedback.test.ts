import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import {
  accessibilityViolations,
  LAPTOP,
  launchBrowser,
  newContext,
  PHONE,
  signUpInBrowser,
  type TestBrowser,
} from '../support/browser';
import { uniqueEmail } from '../support/http';
import {
  createPlanInBrowser,
  hasPdftotext,
  oneLine,
  pdfPages,
  waitForMessage,
} from './support-journey';

const resultsDir = path.resolve(import.meta.dirname, '../../test-results');
const pdfTools = hasPdftotext();
if (!pdfTools) {
  if (process.env.CI === 'true') {
    throw new Error('pdftotext is missing (apt-get install poppler-utils)');
  }
  console.log('- PDF checks skipped: pdftotext not found (apt-get install poppler-utils)');
}

// A professional writes down what parents said, marks what goes back to them, plans the
// feedback in step 6 and prints a poster, which also comes as a PDF.
describe('insights become a poster for the parents', () => {
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

  it('marks insights, makes the feedback poster and downloads its PDF', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Noor Bakker',
      organisationName: 'GGD Midden',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });
    const planId = await createPlanInBrowser(page, {
      title: 'Spelen in Overvecht',
      municipality: 'Utrecht',
      wijk: 'Wijk 03 Overvecht',
    });
    const planPath = `/plannen/${planId}`;

    await page.goto(`${app.baseUrl}${planPath}/stap/5`);
    await page.getByRole('link', { name: /Naar het bord met inzichten/ }).click();
    const form = page.locator('#inzicht-toevoegen');
    await form.getByLabel('Wat voor inzicht is het?').selectOption({ label: 'Behoefte' });
    await form.getByLabel('Wat hoorde je?').fill('Ouders willen een veilige plek om te spelen.');
    await form.getByLabel('Thema').fill('Buitenspelen');
    await form.getByLabel(/^Citaat/).fill('Mijn zoon speelt bij Karim op straat.');
    await form.getByLabel('Waar hoorde je het?').selectOption({ label: 'Bezoek' });
    await form.getByLabel('Dit wil ik terugkoppelen aan de ouders').check();
    await form.getByRole('button', { name: 'Inzicht toevoegen' }).click();
    await page.getByText('Staat er een naam in het citaat (‘Karim’)?').first().waitFor();
    // A post before the scripts ran answers with a whole new page: type only once it is ready.
    await page.waitForLoadState('networkidle');
    expect(await form.getByLabel('Wat hoorde je?').inputValue()).toBe(
      'Ouders willen een veilige plek om te spelen.',
    );
    await form.getByLabel(/^Citaat/).fill('Mijn zoon speelt op straat.');
    await form.getByRole('button', { name: 'Inzicht toevoegen' }).click();
    await waitForMessage(page, 'Het inzicht staat op het bord.');

    await form.getByLabel('Wat voor inzicht is het?').selectOption({ label: 'Idee' });
    await form.getByLabel('Wat hoorde je?').fill('Een speelmiddag op het plein bij school.');
    await form.getByLabel('Thema').fill('Buitenspelen');
    await form.getByLabel('Waar hoorde je het?').selectOption({ label: 'Vragenlijst' });
    await form.getByRole('button', { name: 'Inzicht toevoegen' }).click();
    await page.getByRole('heading', { name: 'Buitenspelen (2)' }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Een speelmiddag op het plein bij school.' })
      .getByRole('button', { name: /^Markeer om terug te koppelen/ })
      .click();
    await waitForMessage(page, 'Gemarkeerd');
    await page.getByRole('heading', { name: 'Buitenspelen (2)' }).waitFor();
    for (const viewport of [LAPTOP, PHONE]) {
      await page.setViewportSize(viewport);
      expect(await accessibilityViolations(page), `board ${viewport.width}`).toEqual([]);
    }
    await page.setViewportSize(LAPTOP);
    await page.screenshot({ path: path.join(resultsDir, 'oidw-inzichten.png'), fullPage: true });

    await page.goto(`${app.baseUrl}${planPath}/stap/6`);
    await page
      .getByRole('link', { name: /Maak hier een terugkoppeling van.*Ouders willen/ })
      .click();
    await page.waitForURL(/van=/);
    const feedback = page.locator('#terugkoppeling-toevoegen');
    await expect
      .poll(() => feedback.getByLabel('Wat hebben we gehoord?').inputValue())
      .toBe('Ouders willen een veilige plek om te spelen.');
    await feedback
      .getByLabel('Wat gaan we ermee doen?')
      .fill('We zetten een hek om het speelveld bij de school.');
    await feedback
      .getByLabel('Wat lukt niet, en waarom niet?')
      .fill('Een nieuw park lukt niet. Daar is geen ruimte voor.');
    await feedback.getByLabel('Hoe laat je het weten?').selectOption({ value: 'poster' });
    await feedback.getByRole('button', { name: 'Terugkoppeling toevoegen' }).click();
    await waitForMessage(page, 'De terugkoppeling staat in je lijst.');

    await page.getByRole('link', { name: 'Maak een poster of brief voor de ouders' }).click();
    await page.getByRole('heading', { name: 'Taalcheck van de poster' }).waitFor();
    const sheet = page.locator('article.fp-sheet');
    expect(oneLine((await sheet.textContent()) ?? '')).toContain(
      'We zetten een hek om het speelveld bij de school.',
    );
    for (const viewport of [LAPTOP, PHONE]) {
      await page.setViewportSize(viewport);
      expect(await accessibilityViolations(page), `poster ${viewport.width}`).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize(LAPTOP);
    await page.screenshot({ path: path.join(resultsDir, 'oidw-poster.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: path.join(resultsDir, 'oidw-poster-print.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });

    await page.getByLabel('Taalcode').fill('ar');
    await page.getByLabel('Tekst in deze taal').fill('شكرا لكم على مشاركتكم. هذا ما سمعناه.');
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await waitForMessage(page, 'De tekst in het Arabisch is opgeslagen.');
    await page.getByRole('link', { name: /^Afdrukken/ }).click();
    await page.getByRole('heading', { name: 'Poster in het Arabisch' }).waitFor();
    expect(await page.locator('article[lang="ar"]').getAttribute('dir')).toBe('rtl');
    expect(await accessibilityViolations(page), 'Arabic poster').toEqual([]);
    await page.goBack();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'download de poster als PDF' }).click();
    const file = await (await download).path();
    if (pdfTools) {
      const pages = await pdfPages(file);
      expect(pages).toHaveLength(1);
      const text = oneLine(pages.join('\n'));
      expect(text).toContain('U vertelde het ons. Dit doen we ermee.');
      expect(text).toContain('Een speelmiddag op het plein bij school.');
      expect(text).toContain('We zetten een hek om het speelveld bij de school.');
      expect(text).toContain('Een nieuw park lukt niet. Daar is geen ruimte voor.');
    }
    await context.close();
  });
});
