import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type OverzichtskaartPdfInput,
  type PdfCategory,
  type PdfPlace,
  renderOverzichtskaartPdf,
} from './pdf.server.ts';
import { outlinesForPlan } from './wijk-outlines.server.ts';

// These tests read the PDF back with poppler-utils (pdftotext, pdftoppm).
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
const isCi = process.env.CI === 'true';
if (!hasPoppler && !isCi) {
  console.warn(
    'Skipping the overzichtskaart PDF tests: pdftotext is not installed (apt-get install poppler-utils). Under CI=true they fail instead.',
  );
}

const CATEGORY_NAMES = [
  'School, kinderopvang en consultatiebureau',
  'Bibliotheek, buurthuis en taalschool',
  'Markt',
  'Sportvereniging',
  'Zwembad',
  '(Migranten)zelforganisatie',
  'Moskee, kerk en tempel',
  'Park, speeltuin, plein en volkstuin',
  'Kringloop en voedselbank',
] as const;

const SPECIAL_NAMES = [
  'Moskee Ayasofya – İlkokul Şükrü',
  'Café Hélène',
  'Crèche Ünal',
  'Kringloop Çarşı',
  'Brüggemann ë',
  'Buurthuis Façade',
];

const PINK: RGB = [0xf4, 0xb6, 0xcf];
const LIGHT_BLUE: RGB = [0xdc, 0xec, 0xf8];
type RGB = [number, number, number];

const workDir = mkdtempSync(path.join(tmpdir(), 'overzichtskaart-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function baseInput(categories: PdfCategory[]): OverzichtskaartPdfInput {
  return {
    planTitle: 'Samen met ouders in Overvecht',
    municipality: 'Utrecht',
    wijken: ['Overvecht', 'Zuilen'],
    // 23:30 UTC on 3 February is already 4 February in Amsterdam.
    date: new Date('2026-02-03T23:30:00Z'),
    categories,
  };
}

function place(name: string, extra: Partial<PdfPlace> = {}): PdfPlace {
  return {
    name,
    address: 'Gageldijk 12, 3566 MJ Utrecht',
    whenParents: 'Dinsdag en donderdag bij het brengen, 8.15–8.45 uur',
    contactPerson: 'Ayşe Yılmaz',
    phone: '030 123 45 67',
    ...extra,
  };
}

async function renderToFile(name: string, input: OverzichtskaartPdfInput): Promise<string> {
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, await renderOverzichtskaartPdf(input));
  return file;
}

function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], {
    encoding: 'utf8',
  }).normalize('NFC');
}

function pageCount(file: string): number {
  // pdftotext ends every page with a form feed.
  return pdfText(file).split('\f').length - 1;
}

function pageTexts(file: string): string[] {
  return Array.from({ length: pageCount(file) }, (_, i) => pdfText(file, i + 1));
}

function pagesWith(pages: string[], text: string): number[] {
  return pages.flatMap((t, i) => (t.includes(text) ? [i + 1] : []));
}

/** Fill colours used in the (deflated) content streams, as 0–255 RGB. */
function fillColours(file: string): RGB[] {
  const pdf = readFileSync(file);
  const colours: RGB[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream', at);
    if (start < 0) break;
    let from = start + 'stream'.length;
    if (pdf[from] === 0x0d) from++;
    if (pdf[from] === 0x0a) from++;
    const end = pdf.indexOf('endstream', from);
    if (end < 0) break;
    at = end + 'endstream'.length;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(from, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const m of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (?:rg|scn|sc)\b/g)) {
      colours.push(
        [Number(m[1]), Number(m[2]), Number(m[3])].map((v) => Math.round(v * 255)) as RGB,
      );
    }
  }
  return colours;
}

/** Renders one page with pdftoppm (PPM) and counts pixels close to a colour. */
function countPixels(file: string, page: number, colour: RGB): number {
  const out = path.join(workDir, `pixels-${path.basename(file, '.pdf')}-${page}`);
  execFileSync('pdftoppm', [
    '-r',
    '30',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    out,
  ]);
  const ppm = readFileSync(`${out}.ppm`);
  // Header: "P6", width, height, max value, each followed by one whitespace byte.
  const header = ppm.toString('latin1', 0, 40).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  expect(header).not.toBeNull();
  const [, width, height] = header as RegExpMatchArray;
  const data = ppm.subarray((header as RegExpMatchArray)[0].length);
  let count = 0;
  for (let i = 0; i < Number(width) * Number(height) * 3; i += 3) {
    const close = [0, 1, 2].every((c) => Math.abs((data[i + c] ?? 0) - (colour[c] ?? 0)) <= 6);
    if (close) count++;
  }
  return count;
}

describe.skipIf(!hasPoppler && !isCi)('overzichtskaart PDF', () => {
  it('can read PDFs back (pdftotext is installed)', () => {
    expect(hasPoppler, 'pdftotext and pdftoppm (poppler-utils) are required').toBe(true);
  });

  it('prints all categories, places, special letters, footer and theme colours', async () => {
    const categories: PdfCategory[] = CATEGORY_NAMES.map((name, i) => ({
      name,
      places:
        name === 'Zwembad'
          ? []
          : [
              place(SPECIAL_NAMES[i % SPECIAL_NAMES.length] ?? 'Plek', {
                topRank: i < 3 ? 1 : null,
              }),
              place(`Ontmoetingsplek ${i + 1}`, {
                organisation: 'Stichting Brüggemann ë',
                email: 'info@kringloop-carsi.nl',
                socialMedia: `https://www.facebook.com/groups/${'heelerglangegroepsnaam'.repeat(6)}`,
                notes: 'Vraag naar de koffieochtend.',
                tipFrom: 'Fatma',
              }),
            ],
    }));
    categories[1]?.places.push(
      place('<script>alert(1)</script>', { topRank: 2, topReason: 'Kent veel ouders uit de flat' }),
    );
    const file = await renderToFile('full', baseInput(categories));
    const text = pdfText(file);
    const pages = pageCount(file);

    expect(text).toContain('Waar kun je ouders ontmoeten?');
    expect(text).toContain('Samen met ouders in Overvecht');
    expect(text).toContain('Gemeente: Utrecht');
    expect(text).toContain('Wijken: Overvecht, Zuilen');
    for (const name of CATEGORY_NAMES) expect(text).toContain(name);
    for (const p of categories.flatMap((c) => c.places)) expect(text).toContain(p.name);
    for (const name of SPECIAL_NAMES) expect(text).toContain(name);
    for (const letter of ['é', 'ë', 'ü', 'ç', 'ş', 'İ', 'Ş', 'ı', 'Ü', 'è', 'Ç']) {
      expect(text).toContain(letter);
    }
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Top 1');
    expect(text).toContain('Waarom top 3');
    expect(text).toContain('Kent veel ouders uit de flat');
    expect(text).toContain('Wanneer zijn er ouders');
    expect(text).toContain('Tip van');
    expect(text).toContain('Nog geen plekken.');

    // Footer on every page, with the Amsterdam date.
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const pageText = pdfText(file, page);
      expect(pageText).toContain(`Pagina ${page} van ${pages}`);
      expect(pageText).toContain('4 februari 2026');
      expect(pageText).toContain('Samen met ouders in Overvecht');
    }

    // Theme colours are real fills: in the content stream and on screen.
    const colours = fillColours(file).map((c) => c.join(','));
    expect(colours).toContain(PINK.join(','));
    expect(colours).toContain(LIGHT_BLUE.join(','));
    expect(countPixels(file, 1, PINK)).toBeGreaterThan(100);
    expect(countPixels(file, 1, LIGHT_BLUE)).toBeGreaterThan(1000);

    // Long words wrap instead of running off the page (A4 is 595 pt wide, margin 15 mm).
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const rightEdges = [...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(rightEdges.length).toBeGreaterThan(100);
    expect(Math.max(...rightEdges)).toBeLessThanOrEqual(595.28 - 42.5 + 0.5);
  }, 30_000);

  it('continues a card longer than a page with its pink header on every page', async () => {
    const names = Array.from(
      { length: 60 },
      (_, i) => `Gebedshuis ${String(i + 1).padStart(2, '0')}`,
    );
    const file = await renderToFile(
      'long',
      baseInput([
        { name: 'Markt', places: [place('Markt Çarşı')] },
        {
          name: 'Moskee, kerk en tempel',
          places: names.map((n) => place(n, { organisation: 'Stichting Samen' })),
        },
        { name: 'Zwembad', places: [place('Zwembad Ünal')] },
      ]),
    );
    const pages = pageTexts(file);
    const first = pagesWith(pages, names[0] ?? '');
    const last = pagesWith(pages, names[59] ?? '');
    expect(first).toHaveLength(1);
    expect(last).toHaveLength(1);
    const [from, to] = [first[0] ?? 0, last[0] ?? 0];
    expect(to).toBeGreaterThan(from);
    for (let page = from; page <= to; page++) {
      expect(pages[page - 1], `page ${page}`).toContain('Moskee, kerk en tempel');
    }
    for (const name of names) expect(pagesWith(pages, name)).toHaveLength(1);
    expect(pages.join('\n')).toContain('Zwembad Ünal');
  }, 30_000);

  it('never splits a card that fits on one page', async () => {
    const categories: PdfCategory[] = CATEGORY_NAMES.slice(0, 7).map((name, c) => ({
      name,
      places: Array.from({ length: 3 + (c % 3) }, (_, i) =>
        place(`Plek ${c + 1}.${String(i + 1).padStart(2, '0')}`, {
          organisation: 'Wijkteam Noord',
          notes: i % 2 ? 'Ouders blijven vaak even hangen na het ophalen.' : null,
        }),
      ),
    }));
    const file = await renderToFile('medium', baseInput(categories));
    const pages = pageTexts(file);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const category of categories) {
      const firstPlace = category.places[0]?.name ?? '';
      const lastPlace = category.places.at(-1)?.name ?? '';
      const firstPages = pagesWith(pages, firstPlace);
      expect(firstPages, firstPlace).toHaveLength(1);
      expect(pagesWith(pages, lastPlace), `${category.name}: ${lastPlace}`).toEqual(firstPages);
      // Not split, so the header is printed once.
      expect(pagesWith(pages, category.name)).toEqual(firstPages);
    }
  }, 30_000);

  it('prints a blank card with ruled lines and no places', async () => {
    const categories = CATEGORY_NAMES.map((name) => ({ name, places: [place('Niet tonen')] }));
    const file = await renderToFile('blank', { ...baseInput(categories), blank: true });
    const text = pdfText(file);
    for (const name of CATEGORY_NAMES) expect(text).toContain(name);
    expect(text).not.toContain('Niet tonen');
    expect(text).not.toContain('Nog geen plekken.');
    expect(text).toContain(`Pagina 1 van ${pageCount(file)}`);
    expect(countPixels(file, 1, LIGHT_BLUE)).toBeGreaterThan(1000);
  }, 30_000);
});

describe.skipIf(!hasPoppler && !isCi)('the drawn map of the places', () => {
  const located = [
    ['Basisschool De Regenboog', 'Taagdreef 14, 3561 KT Utrecht', 52.12291, 5.11187],
    ['Buurthuis De Dreef', 'Wolgadreef 8, 3564 HK Utrecht', 52.11118, 5.11731],
    ['Zwembad De Golfslag', 'Tigrisdreef 200, 3562 AS Utrecht', 52.12048, 5.12711],
    ['Moskee Ayasofya – İlkokul Şükrü', 'Neckardreef 90, 3562 CT Utrecht', 52.11498, 5.12093],
  ] as const;

  function mapInput(): OverzichtskaartPdfInput {
    return {
      ...baseInput([{ name: CATEGORY_NAMES[0], places: located.map(([name]) => place(name)) }]),
      map: {
        places: located.map(([name, address, latitude, longitude], index) => ({
          number: index + 1,
          name,
          address,
          wijk: 'Overvecht',
          latitude,
          longitude,
        })),
        outlines: outlinesForPlan({ municipalityCode: 'GM0344', wijkCodes: ['WK034403'] }),
        notOnMap: 2,
      },
    };
  }

  it('adds a page with the map, a numbered list matching the markers and the sources', async () => {
    const file = await renderToFile('map', mapInput());
    const pages = pageTexts(file);
    const last = pages.at(-1) ?? '';

    expect(pagesWith(pages, 'Kaart van de plekken')).toEqual([pages.length]);
    located.forEach(([name, address], index) => {
      expect(last).toMatch(
        new RegExp(`${index + 1}\\.\\s+${name}\\s+·\\s+${address}\\s+·\\s+wijk Overvecht`),
      );
    });
    expect(last).toContain('Kadaster / Centraal Bureau voor de Statistiek, 2024');
    expect(last).toContain('2 plekken staan niet op de kaart');
    // The name of the plan's wijk is drawn on the map.
    expect(last).toContain('Overvecht');
    // Markers (dark) and the plan's wijk (light pink) are really drawn.
    expect(countPixels(file, pages.length, [0x3b, 0x0a, 0x24])).toBeGreaterThan(20);
    expect(countPixels(file, pages.length, [0xfb, 0xe3, 0xed])).toBeGreaterThan(500);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      String(pages.length),
      file,
      path.join(tmpdir(), 'oidw-pdf-map'),
    ]);
  });

  it('says so when no place is on the map, and leaves the map out of the blank card', async () => {
    const input = mapInput();
    const none = await renderToFile('map-none', {
      ...input,
      map: { places: [], outlines: [], notOnMap: 1 },
    });
    const last = pageTexts(none).at(-1) ?? '';
    expect(last).toContain('Er staan nog geen plekken op de kaart');
    expect(last).toContain('1 plek staat niet op de kaart');

    const blank = await renderToFile('map-blank', { ...input, blank: true });
    expect(pagesWith(pageTexts(blank), 'Kaart van de plekken')).toEqual([]);
  });
});
