// Helpers for the browser journeys: what a user does on more than one page, and reading PDFs.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';

const run = promisify(execFile);

/** A meeting place as the user types it in the add form; only the name is required. */
export type PlaceInput = {
  name: string;
  address?: string;
  postcode?: string;
  whenParents?: string;
  organisationName?: string;
  contactPerson?: string;
  phone?: string;
  notes?: string;
  tipFrom?: string;
};

/** "Nieuw plan maken": the name and the municipality first, then the wijken (two forms). */
export async function createPlanInBrowser(
  page: Page,
  input: { title: string; municipality: string; wijk: string },
): Promise<string> {
  await page.getByLabel('Naam van het plan').fill(input.title);
  await page.getByLabel('Gemeente').selectOption({ label: input.municipality });
  await page.getByRole('button', { name: 'Verder: wijken kiezen' }).click();
  await page.getByLabel(input.wijk, { exact: true }).check();
  await page.getByRole('button', { name: 'Plan maken' }).click();
  await page.waitForURL('**/stap/1');
  // With JavaScript the address changes just before the new page is drawn.
  await page.getByRole('heading', { level: 1, name: 'Stap 1: Wie en waarom' }).waitFor();
  const match = /\/plannen\/([^/]+)\/stap\/1$/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`no plan id in ${page.url()}`);
  return match[1];
}

/** The card of one kind of place on the overzichtskaart (a region named by its header). */
export function card(page: Page, categoryLabel: string): Locator {
  return page.getByRole('region', { name: categoryLabel, exact: true });
}

/** Waits for the flash message the app shows after a form was saved. */
export async function waitForMessage(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

/** Fills the fields of a place that are given, in the add or the edit form. */
export async function fillPlaceFields(form: Locator, place: PlaceInput): Promise<void> {
  await form.getByLabel('Naam van de plek').fill(place.name);
  const optional: [string, string | undefined][] = [
    ['Adres', place.address],
    ['Postcode', place.postcode],
    ['Wanneer zijn er ouders?', place.whenParents],
    ['Organisatie', place.organisationName],
    ['Contactpersoon', place.contactPerson],
    ['Telefoon', place.phone],
    ['Aantekeningen van gesprekken en afspraken', place.notes],
    ['Tip van', place.tipFrom],
  ];
  for (const [label, value] of optional) {
    if (value !== undefined) await form.getByLabel(label).fill(value);
  }
}

/** "Plek toevoegen" on a card, fill in the form that opens in place, "Plek opslaan". */
export async function addPlace(page: Page, categoryLabel: string, place: PlaceInput) {
  const region = card(page, categoryLabel);
  await region.getByRole('link', { name: `Plek toevoegen aan ${categoryLabel}` }).click();
  const form = region.getByRole('form', { name: `Nieuwe plek: ${categoryLabel}` });
  await fillPlaceFields(form, place);
  await form.getByRole('button', { name: 'Plek opslaan' }).click();
  await waitForMessage(page, `${place.name} staat nu op de kaart.`);
  await region.getByRole('heading', { level: 3, name: place.name, exact: true }).waitFor();
}

/** Whether poppler's pdftotext is there (CI installs it; elsewhere the PDF checks are skipped). */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The text of each page of a PDF, one entry per page, as pdftotext reads it. */
export async function pdfPages(file: string): Promise<string[]> {
  const { stdout: info } = await run('pdfinfo', [file]);
  const count = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1] ?? 0);
  const pages: string[] = [];
  for (let n = 1; n <= count; n++) {
    const { stdout } = await run('pdftotext', ['-f', String(n), '-l', String(n), file, '-']);
    pages.push(stdout);
  }
  return pages;
}

/** Text with every run of white space (also line ends inside a wrapped name) as one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * What a user sees of keyboard focus: the focused element has an outline or a box shadow.
 * Returns a description of the element when nothing shows, else null.
 */
export async function invisibleFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    if (outline || shadow) return null;
    const text = (element.textContent ?? '').trim().slice(0, 60);
    return `<${element.tagName.toLowerCase()} id="${element.id}"> ${text}`;
  });
}

/** Whether the element the locator points to has the keyboard focus. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab until the locator's element has focus, checking at every stop that the focus is
 * visible. Returns how many times Tab was pressed; throws when the element is not reached.
 */
export async function tabTo(page: Page, target: Locator, max = 150): Promise<number> {
  await target.waitFor();
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    const hidden = await invisibleFocus(page);
    if (hidden) throw new Error(`Keyboard focus is not visible on ${hidden}`);
    if (await isFocused(target)) return presses;
  }
  throw new Error(`Tab did not reach the element within ${max} presses`);
}
