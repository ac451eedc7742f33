import type { Page } from 'playwright-core';
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
import {
  createPlanInBrowser,
  hasPdftotext,
  oneLine,
  pdfPages,
  waitForMessage,
} from './support-journey';

const pdfTools = hasPdftotext();
if (!pdfTools) {
  if (process.env.CI === 'true') {
    throw new Error('pdftotext is missing (apt-get install poppler-utils)');
  }
  console.log('- PDF checks skipped: pdftotext not found (apt-get install poppler-utils)');
}

/** axe at laptop and phone width, and nothing wider than a phone. */
async function expectAccessible(page: Page, label: string) {
  expect(await accessibilityViolations(page), `${label} laptop`).toEqual([]);
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  expect(await accessibilityViolations(page), `${label} phone`).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${label} is wider than a phone`).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

/** Opens an invitation link signed out and makes an account with it. */
async function acceptWithNewAccount(
  page: Page,
  link: string,
  input: { name: string; organisationName?: string },
) {
  await page.goto(link);
  await page.getByRole('heading', { name: 'Uitnodiging' }).waitFor();
  await expectAccessible(page, 'invitation');
  await page.getByRole('link', { name: 'Account maken' }).click();
  await page.getByLabel('Je naam').fill(input.name);
  if (input.organisationName) {
    await page.getByLabel('Naam van je organisatie').fill(input.organisationName);
  }
  await page.getByLabel('E-mailadres').fill(uniqueEmail('uitgenodigd'));
  await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
  await page.getByRole('button', { name: 'Account maken' }).click();
}

// A team at work: the beheerder invites a manager, shares one plan with a partner of another
// organisation; the manager comments and approves, the partner sees that plan only.
describe('invite, accept, share one plan, comment, approve', () => {
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

  it('works from invitation to approval, with the partner in one plan only', async () => {
    const ownerContext = await newContext(chromium.browser);
    const owner = await ownerContext.newPage();
    await signUpInBrowser(owner, app.baseUrl, {
      name: 'Hanneke de Wit',
      organisationName: 'GGD Rivierenland',
      email: uniqueEmail('beheer'),
      password: 'een lang wachtwoord',
    });
    const planId = await createPlanInBrowser(owner, {
      title: 'Samen in Overvecht',
      municipality: 'Utrecht',
      wijk: 'Wijk 03 Overvecht',
    });
    await owner.goto(`${app.baseUrl}/plannen/${planId}/stap/4`);
    const visit = owner.locator('#bezoek-toevoegen');
    await visit.getByLabel('Waar ga je naartoe?').fill('Koffieochtend buurthuis De Linde');
    await visit.getByLabel('Datum', { exact: true }).fill(new Date().toISOString().slice(0, 10));
    await visit.getByRole('button', { name: 'Bezoek opslaan' }).click();
    await waitForMessage(owner, 'Het bezoek is opgeslagen.');
    await owner.goto(`${app.baseUrl}/plannen/nieuw`);
    const secretPlan = await createPlanInBrowser(owner, {
      title: 'Alleen voor de GGD',
      municipality: 'Utrecht',
      wijk: 'Wijk 05 Oost',
    });

    // Invite a manager by link (no SMTP here: the link is shown to copy).
    await owner.goto(`${app.baseUrl}/team`);
    await owner.getByLabel('Rol', { exact: true }).selectOption({ label: 'Leidinggevende' });
    await owner.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const managerLink = await owner.getByLabel('Link van de uitnodiging').inputValue();
    expect(managerLink).toContain('/uitnodiging/');
    await expectAccessible(owner, '/team');

    const managerContext = await newContext(chromium.browser);
    const manager = await managerContext.newPage();
    await acceptWithNewAccount(manager, managerLink, { name: 'Mirjam Visser' });
    await manager.waitForURL('**/plannen');
    await manager.getByText('De plannen van GGD Rivierenland').waitFor();

    // Share one plan with a partner of another organisation.
    await owner.goto(`${app.baseUrl}/plannen/${planId}/delen`);
    await owner.getByLabel('Partner: kan het plan lezen en wijzigen').check();
    await owner.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const partnerLink = await owner.getByLabel('Link van de uitnodiging').inputValue();
    await expectAccessible(owner, 'plan delen');

    const partnerContext = await newContext(chromium.browser);
    const partner = await partnerContext.newPage();
    await acceptWithNewAccount(partner, partnerLink, {
      name: 'Pieter Bos',
      organisationName: 'Welzijn Utrecht',
    });
    await partner.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await partner.waitForURL(`**/plannen/${planId}`);
    await partner.getByText('plan van GGD Rivierenland').first().waitFor();
    await partner.goto(`${app.baseUrl}/plannen`);
    await partner.getByText('De plannen van Welzijn Utrecht').waitFor();
    await partner.getByRole('heading', { name: 'Gedeeld door andere organisaties' }).waitFor();
    expect(await partner.getByText('Alleen voor de GGD').count()).toBe(0);
    await expectAccessible(partner, '/plannen with shared plans');
    const other = await partner.goto(`${app.baseUrl}/plannen/${secretPlan}`);
    expect(other?.status()).toBe(404);

    // The partner comments on the visit; the manager comments and approves.
    await partner.goto(`${app.baseUrl}/plannen/${planId}/planning`);
    const visitOption = await partner
      .locator('#veld-over option', { hasText: 'Koffieochtend' })
      .getAttribute('value');
    await partner.getByLabel('Waar gaat je reactie over?').selectOption(visitOption ?? '');
    await partner
      .getByLabel('Je reactie', { exact: true })
      .fill('Ik ga mee naar de koffieochtend.');
    await partner.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await waitForMessage(partner, 'Je reactie is geplaatst.');

    await manager.goto(`${app.baseUrl}/plannen/${planId}/planning`);
    await manager.getByText('Pieter Bos (Welzijn Utrecht)').waitFor();
    await manager
      .getByLabel('Je reactie', { exact: true })
      .fill('Mooi plan. Nodig ook de bibliotheek uit.');
    await manager.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await waitForMessage(manager, 'Je reactie is geplaatst.');
    await manager.getByRole('button', { name: 'Planning goedkeuren' }).click();
    await waitForMessage(manager, 'De planning is goedgekeurd.');
    await manager.getByText(/De planning is goedgekeurd door Mirjam Visser op/).waitFor();
    await expectAccessible(manager, 'planning as manager');

    // The manager reads the plan but gets no forms to change it.
    await manager.goto(`${app.baseUrl}/plannen/${planId}/stap/1`);
    await manager.getByText('Je bent leidinggevende.').waitFor();
    expect(await manager.getByRole('button', { name: /opslaan/i }).count()).toBe(0);
    await expectAccessible(manager, 'step 1 as manager');
    await manager.goto(`${app.baseUrl}/overzicht`);
    await manager.getByRole('link', { name: 'Samen in Overvecht', exact: true }).waitFor();
    await expectAccessible(manager, '/overzicht');

    // The beheerder sees both comments, with each person's organisation.
    await owner.goto(`${app.baseUrl}/plannen/${planId}/planning`);
    await owner.getByText('Mirjam Visser (GGD Rivierenland)').waitFor();
    await owner.getByText('Ik ga mee naar de koffieochtend.').waitFor();

    // Handover: a new colleague joins and the beheerder gives the plan to her, with a note.
    await owner.goto(`${app.baseUrl}/team`);
    await owner.getByLabel('Rol', { exact: true }).selectOption({ label: 'Medewerker' });
    await owner.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const colleagueLink = await owner.getByLabel('Link van de uitnodiging').inputValue();
    const colleagueContext = await newContext(chromium.browser);
    const colleague = await colleagueContext.newPage();
    await acceptWithNewAccount(colleague, colleagueLink, { name: 'Esra Kaya' });
    await colleague.waitForURL('**/plannen');

    await owner.goto(`${app.baseUrl}/plannen/${planId}`);
    await owner.getByText('Verantwoordelijk: Hanneke de Wit.').waitFor();
    await owner.getByRole('link', { name: 'Overdracht: het plan op één pagina' }).click();
    await owner.getByRole('heading', { name: 'Overdracht: Samen in Overvecht' }).waitFor();
    await expectAccessible(owner, 'overdracht');
    const esra = await owner
      .locator('#veld-naar option', { hasText: 'Esra Kaya' })
      .getAttribute('value');
    await owner.getByLabel('Aan wie geef je het plan?').selectOption(esra ?? '');
    await owner
      .getByLabel('Notitie voor je collega')
      .fill('Mirjam heeft de planning goedgekeurd. Bel Pieter over de koffieochtend.');
    await owner.getByRole('button', { name: 'Plan overdragen' }).click();
    await waitForMessage(owner, 'Esra Kaya is nu verantwoordelijk voor dit plan.');
    await expectAccessible(owner, 'overdracht after the handover');

    await colleague.goto(`${app.baseUrl}/plannen/${planId}/overdracht`);
    await colleague
      .getByText(/Overgedragen door Hanneke de Wit van Hanneke de Wit aan Esra Kaya/)
      .waitFor();
    await colleague.getByText('Koffieochtend buurthuis De Linde').first().waitFor();
    if (pdfTools) {
      const download = colleague.waitForEvent('download');
      await colleague.getByRole('link', { name: 'Overdracht als PDF' }).click();
      const pages = await pdfPages(await (await download).path());
      expect(pages).toHaveLength(1);
      const text = oneLine(pages.join('\n'));
      expect(text).toContain('Overdracht: Samen in Overvecht');
      expect(text).toContain('Verantwoordelijk: Esra Kaya');
      expect(text).toContain('Bel Pieter over de koffieochtend.');
      expect(text).toContain('Waar staat het plan?');
      expect(text).toContain('Koffieochtend buurthuis De Linde');
    }
    // The partner of another organisation gets no handover page of this plan.
    const partnerHandover = await partner.goto(`${app.baseUrl}/plannen/${planId}/overdracht`);
    expect(partnerHandover?.status()).toBe(403);

    await ownerContext.close();
    await managerContext.close();
    await partnerContext.close();
    await colleagueContext.close();
  }, 240_000);
});
