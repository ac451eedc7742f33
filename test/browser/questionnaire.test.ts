import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '~/lib/dates';
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
import { createPlanInBrowser, waitForMessage } from './support-journey';

const resultsDir = path.resolve(import.meta.dirname, '../../test-results');

function inDays(days: number): string {
  const today = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

// A professional builds a short questionnaire with an Arabic version; a parent answers it on a
// phone in Arabic, right to left; the professional sees the answer counted.
describe('a questionnaire in Arabic, answered on a phone', () => {
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

  it('builds the questionnaire, a parent answers in Arabic and the result is counted', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    await signUpInBrowser(page, app.baseUrl, {
      name: 'Noor Bakker',
      organisationName: 'GGD Midden',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });
    await createPlanInBrowser(page, {
      title: 'Spelen in Overvecht',
      municipality: 'Utrecht',
      wijk: 'Wijk 03 Overvecht',
    });
    await page
      .getByRole('link', { name: /Stap 5/ })
      .first()
      .click();
    await page.getByRole('link', { name: /Korte vragenlijsten voor ouders/ }).click();
    await page.getByLabel('Titel').fill('Spelen in de wijk');
    await page
      .getByLabel(/^Uitleg voor ouders/)
      .fill('We willen weten wat je van de speeltuin vindt.');
    await page.getByLabel('Sluitingsdatum').fill(inDays(21));
    await page.getByRole('button', { name: 'Vragenlijst maken' }).click();
    await waitForMessage(page, 'De vragenlijst is gemaakt.');

    const add = page.locator('#vraag-toevoegen');
    await add.getByLabel('De vraag').fill('Hoe vind je de speeltuin?');
    await add.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await waitForMessage(page, 'De vraag is opgeslagen.');
    await page.waitForLoadState('networkidle');
    await add.getByLabel('De vraag').fill('Wanneer speelt je kind buiten?');
    await add.getByLabel(/^Meerkeuze/).check();
    await add.getByLabel(/^Antwoorden om uit te kiezen/).fill('Na school\nIn het weekend');
    await add.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await page.getByText('Wanneer speelt je kind buiten?', { exact: true }).waitFor();
    await page.screenshot({
      path: path.join(resultsDir, 'questionnaire-builder.png'),
      fullPage: true,
    });

    await page.getByRole('link', { name: 'Arabisch (ar)', exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Spelen in de wijk in het Arabisch' })
      .waitFor();
    const translations: [string, string][] = [
      ['Spelen in de wijk', 'اللعب في الحي'],
      ['Hoe vind je de speeltuin?', 'ما رأيك في الملعب؟'],
      ['Wanneer speelt je kind buiten?', 'متى يلعب طفلك في الخارج؟'],
      ['Na school', 'بعد المدرسة'],
      ['In het weekend', 'في عطلة نهاية الأسبوع'],
      ['Goed', 'جيد'],
      ['Ik weet het niet', 'لا أعرف'],
      ['Antwoorden versturen', 'إرسال الإجابات'],
      ['Dank je wel! Je antwoorden zijn goed aangekomen.', 'شكرا لك! وصلت إجاباتك.'],
    ];
    for (const [dutch, arabic] of translations) {
      await page.getByLabel(`Vertaling van: ${dutch}`, { exact: true }).fill(arabic);
    }
    expect(
      await page.getByLabel('Vertaling van: Hoe vind je de speeltuin?').getAttribute('dir'),
    ).toBe('rtl');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await waitForMessage(page, 'De vragenlijst in het Arabisch is opgeslagen.');
    const link = (await page.locator('.vl-link a').getAttribute('href')) ?? '';
    expect(link).toMatch(/\/v\/[A-Za-z0-9_-]{30,}$/);

    const phone = await newContext(chromium.browser, { viewport: PHONE });
    const parent = await phone.newPage();
    await parent.goto(link);
    await parent.getByRole('link', { name: 'العربية' }).click();
    await parent.getByRole('heading', { level: 1, name: 'اللعب في الحي' }).waitFor();
    const form = parent.locator('.vl-public');
    expect(await form.getAttribute('dir')).toBe('rtl');
    expect(await form.getAttribute('lang')).toBe('ar');
    expect(await accessibilityViolations(parent)).toEqual([]);
    const overflow = await parent.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const first = parent.getByRole('group', { name: /ما رأيك في الملعب؟/ });
    await first.getByRole('radio', { name: 'جيد' }).check();
    const choiceBox = await first.locator('.vl-choice').first().boundingBox();
    expect(choiceBox?.height ?? 0).toBeGreaterThanOrEqual(44);
    const second = parent.getByRole('group', { name: /متى يلعب طفلك في الخارج؟/ });
    await second.getByRole('radio', { name: 'لا أعرف' }).check();
    await parent.screenshot({
      path: path.join(resultsDir, 'questionnaire-parent-ar.png'),
      fullPage: true,
    });
    await parent.getByRole('button', { name: 'إرسال الإجابات' }).click();
    await parent.getByText('شكرا لك! وصلت إجاباتك.').waitFor();
    await phone.close();

    // Another parent, with JavaScript off, in Dutch: the plain form posts and says thank you.
    const plain = await newContext(chromium.browser, { viewport: PHONE, javaScript: false });
    const plainPage = await plain.newPage();
    await plainPage.goto(link);
    await plainPage
      .getByRole('group', { name: /Hoe vind je de speeltuin\?/ })
      .getByRole('radio', { name: 'Niet goed' })
      .check();
    await plainPage.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await plainPage.getByText('Dank je wel! Je antwoorden zijn goed aangekomen.').waitFor();
    await plain.close();

    await page.getByRole('link', { name: 'Uitslag bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uitslag: Spelen in de wijk' }).waitFor();
    await page.getByText('2 ouders vulden de vragenlijst in (2 online, 0 op papier)').waitFor();
    const smileys = page.getByRole('table', { name: 'Antwoorden op vraag 1' });
    expect(await smileys.getByRole('row', { name: /Goed/ }).textContent()).toMatch(
      /^Goed\s*1\s*50%$/,
    );
    const days = page.getByRole('table', { name: 'Antwoorden op vraag 2' });
    expect(await days.getByRole('row', { name: /Ik weet het niet/ }).textContent()).toMatch(
      /^Ik weet het niet\s*1\s*100%$/,
    );
    expect(await page.getByText('Talen: Arabisch 1, Nederlands 1.').count()).toBe(1);
    await page.screenshot({
      path: path.join(resultsDir, 'questionnaire-results.png'),
      fullPage: true,
    });
    await context.close();
  });
});
