// Server-side PDF of the overzichtskaart "Waar kun je ouders ontmoeten?".
//
// Built with pdfmake 0.3 (Node). Every category is a card: a table with one
// column, a pink header row and light-blue rows, one row per place.
//
// Page-break rule: a card that fits on one page is never split; a card that is
// longer than a page flows on and repeats its pink header on every page. To
// know which card is which we lay the cards out once on their own pages
// (measuring pass) and see which of them needs more than one page. Cards that
// fit are then marked `unbreakable`; the others are breakable tables with
// `headerRows: 1`.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type pdfmake from 'pdfmake';
import type {
  Content,
  ContentTable,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { drawPlacesMap, type MapOutline } from './pdf-map';

export type PdfPlace = {
  name: string;
  address?: string | null;
  whenParents?: string | null;
  organisation?: string | null;
  contactPerson?: string | null;
  phone?: string | null;
  email?: string | null;
  socialMedia?: string | null;
  notes?: string | null;
  tipFrom?: string | null;
  topRank?: 1 | 2 | 3 | null;
  topReason?: string | null;
};

export type PdfCategory = { name: string; places: PdfPlace[] };

/** The drawn map on its own page after the cards: outlines, numbered markers, numbered list. */
export type PdfPlacesMap = {
  places: {
    number: number;
    name: string;
    address?: string | null;
    wijk?: string | null;
    latitude: number;
    longitude: number;
  }[];
  outlines: MapOutline[];
  /** Places of the card that are not on the map (no address found). */
  notOnMap: number;
};

export type OverzichtskaartPdfInput = {
  planTitle: string;
  municipality?: string | null;
  wijken?: string[];
  /** Printed as "d MMMM yyyy" in Dutch, Europe/Amsterdam. */
  date: Date;
  categories: PdfCategory[];
  /** Blank card: every category gets empty ruled lines to fill in by hand. */
  blank?: boolean;
  map?: PdfPlacesMap;
};

export const OVERZICHTSKAART_TITLE = 'Waar kun je ouders ontmoeten?';

// Theme. Contrast (WCAG): heading text on pink 9.9:1, body text on light
// blue 13.8:1, label text on light blue 6.7:1, white on the accent 6.4:1.
const COLOR = {
  headerFill: '#f4b6cf',
  headerText: '#3b0a24',
  bodyFill: '#dcecf8',
  bodyText: '#0b1f33',
  label: '#3d5266',
  border: '#9b3d6b',
  divider: '#a9c4db',
  ruled: '#6f8ca6',
  muted: '#4a5a6a',
} as const;

const MM = 72 / 25.4;
const MARGIN = Math.round(15 * MM * 100) / 100;
const A4_WIDTH = 595.28;
const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN;
const CARD_GAP = 14;
const CELL_PADDING_X = 12;
const CARD_BORDER = 1;
/** Width inside a card cell; pdfmake widens '*' columns to their longest word, so use fixed widths. */
const CARD_INNER = CONTENT_WIDTH - 2 * CELL_PADDING_X - 2 * CARD_BORDER;
const LABEL_WIDTH = 122;
const LABEL_GAP = 6;
const VALUE_WIDTH = CARD_INNER - LABEL_WIDTH - LABEL_GAP;
const COUNT_SPACE = 80;
const BLANK_LINES = 6;

// The same labels, in the same order, as the card on screen and in print.
const FIELDS = [
  ['topReason', 'Waarom top 3'],
  ['address', 'Adres'],
  ['whenParents', 'Wanneer zijn er ouders'],
  ['organisation', 'Organisatie'],
  ['contactPerson', 'Contactpersoon'],
  ['phone', 'Telefoon'],
  ['email', 'E-mail'],
  ['socialMedia', 'Social media'],
  ['notes', 'Aantekeningen'],
  ['tipFrom', 'Tip van'],
] as const satisfies ReadonlyArray<readonly [keyof PdfPlace, string]>;

// ---------------------------------------------------------------------------
// pdfmake instance and fonts

type PdfMake = typeof pdfmake;
let pdfMakeInstance: PdfMake | undefined;

function robotoFolder(): string {
  const pkg = createRequire(import.meta.url).resolve('pdfmake/package.json');
  return path.join(path.dirname(pkg), 'fonts', 'Roboto');
}

/**
 * Our own pdfmake instance, so fonts and access policies do not leak into (or
 * depend on) other users of the shared `pdfmake` module object.
 */
export function getPdfMake(): PdfMake {
  if (pdfMakeInstance) return pdfMakeInstance;
  const folder = robotoFolder();
  const files = {
    normal: path.join(folder, 'Roboto-Regular.ttf'),
    bold: path.join(folder, 'Roboto-Medium.ttf'),
    italics: path.join(folder, 'Roboto-Italic.ttf'),
    bolditalics: path.join(folder, 'Roboto-MediumItalic.ttf'),
  };
  for (const file of Object.values(files)) {
    if (!existsSync(file)) throw new Error(`PDF font not found: ${file}`);
  }
  // Loaded on the first PDF, not at start-up (start time and memory). The module exports a
  // ready-made instance; its class gives us a fresh one.
  const shared = createRequire(import.meta.url)('pdfmake') as PdfMake;
  const PdfMakeClass = (shared as unknown as { constructor: new () => PdfMake }).constructor;
  const instance = new PdfMakeClass();
  instance.setFonts({ Roboto: files });
  // Nothing may be fetched from the network; only our font files may be read.
  instance.setUrlAccessPolicy(() => false);
  const allowedDir = path.resolve(folder) + path.sep;
  instance.setLocalAccessPolicy((file) => path.resolve(file).startsWith(allowedDir));
  pdfMakeInstance = instance;
  return instance;
}

// ---------------------------------------------------------------------------
// Text helpers

/** Plain text as pdfmake prints it: normalised, no control characters. */
function clean(value: string | null | undefined): string {
  if (value == null) return '';
  return (
    value
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .trim()
  );
}

function shorten(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export function formatPdfDate(date: Date): string {
  return dateFormat.format(date);
}

function placesCount(n: number): string {
  return n === 1 ? '1 plek' : `${n} plekken`;
}

// ---------------------------------------------------------------------------
// Cards

const cardLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i <= 1 || i === node.table.body.length ? 1 : 0.6),
  vLineWidth: () => CARD_BORDER,
  hLineColor: (i, node) => (i <= 1 || i === node.table.body.length ? COLOR.border : COLOR.divider),
  vLineColor: () => COLOR.border,
  paddingLeft: () => CELL_PADDING_X,
  paddingRight: () => CELL_PADDING_X,
  paddingTop: (i) => (i === 0 ? 7 : 8),
  paddingBottom: (i) => (i === 0 ? 7 : 8),
};

const blankLayout: CustomTableLayout = {
  ...cardLayout,
  hLineWidth: (i, node) => (i <= 1 || i === node.table.body.length ? 1 : 0.75),
  hLineColor: (i, node) => (i <= 1 || i === node.table.body.length ? COLOR.border : COLOR.ruled),
  paddingTop: (i) => (i === 0 ? 7 : 0),
  paddingBottom: (i) => (i === 0 ? 7 : 0),
};

const fieldLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : LABEL_GAP),
  paddingRight: () => 0,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

function headerCell(category: PdfCategory, blank: boolean): TableCell {
  const name = clean(category.name) || 'Zonder categorie';
  const showCount = !blank && category.places.length > 0;
  return {
    fillColor: COLOR.headerFill,
    columns: [
      {
        text: name,
        style: 'cardTitle',
        width: showCount ? CARD_INNER - COUNT_SPACE : CARD_INNER,
      },
      ...(showCount
        ? [
            {
              text: placesCount(category.places.length),
              style: 'cardCount',
              width: '*' as const,
              alignment: 'right' as const,
            },
          ]
        : []),
    ],
    columnGap: 10,
  };
}

function placeCell(place: PdfPlace): TableCell {
  const name = clean(place.name) || 'Naamloze plek';
  // The marker is an inline text background: fills of tables nested in an
  // unbreakable row end up underneath the row's own fill in pdfmake 0.3.
  const title: Content = place.topRank
    ? {
        text: [
          {
            text: `\u00a0Top\u00a0${place.topRank}\u00a0`,
            style: 'topMarker',
            background: COLOR.border,
          },
          { text: '\u00a0\u00a0' },
          { text: name },
        ],
        style: 'placeName',
      }
    : { text: name, style: 'placeName' };

  const rows: TableCell[][] = [];
  for (const [key, label] of FIELDS) {
    const value = place[key];
    const text = typeof value === 'string' ? clean(value) : '';
    if (text)
      rows.push([
        { text: label, style: 'label' },
        { text, style: 'value' },
      ]);
  }
  const stack: Content[] = [title];
  if (rows.length > 0) {
    stack.push({
      table: { widths: [LABEL_WIDTH, VALUE_WIDTH], body: rows },
      layout: fieldLayout,
      margin: [0, 3, 0, 0],
    });
  }
  return { stack, fillColor: COLOR.bodyFill };
}

/** Rough number of text lines of a place; only used to guard against rows taller than a page. */
function estimatedLines(place: PdfPlace): number {
  const charsPerLine = 60;
  let lines = 1;
  for (const [key] of FIELDS) {
    const value = place[key];
    if (typeof value !== 'string') continue;
    for (const part of clean(value).split('\n'))
      lines += Math.max(1, Math.ceil(part.length / charsPerLine));
  }
  return lines;
}

function cardTable(category: PdfCategory, blank: boolean, fitsOnePage: boolean): ContentTable {
  const body: TableCell[][] = [[headerCell(category, blank)]];
  if (blank) {
    for (let i = 0; i < BLANK_LINES; i++) {
      body.push([{ text: ' ', fillColor: COLOR.bodyFill, margin: [0, 7, 0, 7] }]);
    }
  } else if (category.places.length === 0) {
    body.push([{ text: 'Nog geen plekken.', style: 'empty', fillColor: COLOR.bodyFill }]);
  } else {
    for (const place of category.places) body.push([placeCell(place)]);
  }

  // Keeping each place in one piece is only safe when no place is near a page tall.
  const rowsAreSmall = blank || category.places.every((p) => estimatedLines(p) <= 30);
  return {
    table: {
      widths: [CARD_INNER],
      headerRows: 1,
      keepWithHeaderRows: rowsAreSmall ? 1 : 0,
      dontBreakRows: rowsAreSmall,
      body,
    },
    layout: blank ? blankLayout : cardLayout,
    margin: [0, 0, 0, CARD_GAP],
    unbreakable: fitsOnePage,
  };
}

// ---------------------------------------------------------------------------
// Document

const styles: TDocumentDefinitions['styles'] = {
  title: { fontSize: 22, bold: true, color: COLOR.headerText },
  planTitle: { fontSize: 14, bold: true, color: COLOR.bodyText },
  meta: { fontSize: 10.5, color: COLOR.label },
  intro: { fontSize: 10.5, color: COLOR.bodyText },
  cardTitle: { fontSize: 12.5, bold: true, color: COLOR.headerText },
  cardCount: { fontSize: 9.5, color: COLOR.headerText, margin: [0, 2, 0, 0] },
  placeName: { fontSize: 11.5, bold: true, color: COLOR.bodyText },
  topMarker: { fontSize: 8.5, bold: true, color: '#ffffff' },
  label: { fontSize: 9.5, color: COLOR.label, margin: [0, 0.8, 0, 0] },
  value: { fontSize: 10.5, color: COLOR.bodyText },
  empty: { fontSize: 10.5, italics: true, color: COLOR.label },
  footer: { fontSize: 8.5, color: COLOR.muted },
  mapTitle: { fontSize: 16, bold: true, color: COLOR.headerText },
  mapCredit: { fontSize: 8.5, color: COLOR.muted },
};

const MAP_HEIGHT = 430;

function mapPage(map: PdfPlacesMap): Content {
  const stack: Content[] = [
    { text: 'Kaart van de plekken', style: 'mapTitle', margin: [0, 0, 0, 8] },
  ];
  if (map.places.length === 0) {
    stack.push({
      text: 'Er staan nog geen plekken op de kaart. Een plek komt op de kaart als het adres gevonden is.',
      style: 'intro',
    });
  } else {
    stack.push({
      svg: drawPlacesMap({
        outlines: map.outlines,
        markers: map.places,
        width: CONTENT_WIDTH,
        height: MAP_HEIGHT,
      }),
      width: CONTENT_WIDTH,
    });
    const credit =
      map.outlines.length > 0
        ? 'Wijkgrenzen: Kadaster / Centraal Bureau voor de Statistiek, 2024. Adressen: Kadaster (BAG, via PDOK).'
        : 'Adressen: Kadaster (BAG, via PDOK). Wijkgrenzen van deze gemeente zitten nog niet in de app.';
    stack.push({ text: credit, style: 'mapCredit', margin: [0, 4, 0, 12] });
    stack.push({
      ol: map.places.map((place) => ({
        text: [
          { text: clean(place.name), bold: true },
          ...[clean(place.address), place.wijk ? `wijk ${clean(place.wijk)}` : '']
            .filter(Boolean)
            .map((part) => ` · ${part}`),
        ],
        counter: place.number,
        margin: [0, 0, 0, 3],
      })),
      style: 'value',
    });
  }
  if (map.notOnMap > 0) {
    stack.push({
      text:
        map.notOnMap === 1
          ? '1 plek staat niet op de kaart, omdat het adres niet gevonden is.'
          : `${map.notOnMap} plekken staan niet op de kaart, omdat het adres niet gevonden is.`,
      style: 'empty',
      margin: [0, 8, 0, 0],
    });
  }
  return { stack, pageBreak: 'before' };
}

function baseDefinition(content: Content[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2, color: COLOR.bodyText },
    styles,
    content,
  };
}

function titleBlock(input: OverzichtskaartPdfInput): Content {
  const meta: string[] = [];
  const municipality = clean(input.municipality);
  if (municipality) meta.push(`Gemeente: ${municipality}`);
  const wijken = (input.wijken ?? []).map(clean).filter(Boolean);
  if (wijken.length > 0)
    meta.push(`${wijken.length === 1 ? 'Wijk' : 'Wijken'}: ${wijken.join(', ')}`);
  const stack: Content[] = [
    { text: OVERZICHTSKAART_TITLE, style: 'title' },
    {
      text: clean(input.planTitle) || 'Plan zonder titel',
      style: 'planTitle',
      margin: [0, 6, 0, 0],
    },
  ];
  if (meta.length > 0)
    stack.push({ text: meta.join('   ·   '), style: 'meta', margin: [0, 3, 0, 0] });
  if (input.blank) {
    stack.push({
      text: 'Schrijf per soort plek op waar je ouders kunt ontmoeten: de naam, het adres en wanneer ouders er zijn.',
      style: 'intro',
      margin: [0, 8, 0, 0],
    });
  }
  stack.push({
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: 0,
        x2: CONTENT_WIDTH,
        y2: 0,
        lineWidth: 3,
        lineColor: COLOR.headerFill,
      },
    ],
    margin: [0, 12, 0, 18],
  });
  return { stack };
}

/** A 1 pt text line whose page tells where a card starts or ends while measuring. */
function marker(id: string): Content {
  return { text: 'x', fontSize: 1, lineHeight: 1, id };
}

/**
 * Lays every card out alone, starting at the top of a page, and reports for
 * each card whether it stayed on one page. Markers right before and after the
 * card (its bottom padding and border included) show where it starts and ends.
 */
async function measureCards(categories: PdfCategory[], blank: boolean): Promise<boolean[]> {
  const pageOf = new Map<string, number>();
  // The page break sits on a wrapper: pdfmake does not pass nodes that carry
  // `pageBreak: 'before'` themselves to the pageBreakBefore callback.
  const content: Content[] = categories.map((category, index) => ({
    stack: [
      marker(`oidw-card-${index}-start`),
      { ...cardTable(category, blank, false), margin: 0 },
      marker(`oidw-card-${index}-end`),
    ],
    pageBreak: index === 0 ? undefined : 'before',
  }));
  const definition: TDocumentDefinitions = {
    ...baseDefinition(content),
    pageBreakBefore: (node) => {
      if (node.id?.startsWith('oidw-card-')) pageOf.set(node.id, Math.min(...node.pageNumbers));
      return false;
    },
  };
  // getStream() resolves once layout and rendering are done; the document is never written.
  await getPdfMake().createPdf(definition).getStream();
  return categories.map((_, index) => {
    const start = pageOf.get(`oidw-card-${index}-start`);
    return start !== undefined && start === pageOf.get(`oidw-card-${index}-end`);
  });
}

export async function renderOverzichtskaartPdf(input: OverzichtskaartPdfInput): Promise<Buffer> {
  const blank = input.blank === true;
  const planTitle = clean(input.planTitle) || 'Plan zonder titel';
  const date = formatPdfDate(input.date);
  const fits = await measureCards(input.categories, blank);

  const content: Content[] = [
    titleBlock(input),
    ...input.categories.map((category, index) => cardTable(category, blank, fits[index] ?? false)),
  ];
  if (input.map && !blank) content.push(mapPage(input.map));

  const definition: TDocumentDefinitions = {
    ...baseDefinition(content),
    info: {
      title: `${OVERZICHTSKAART_TITLE} – ${planTitle}`,
      subject: 'Overzichtskaart van plekken waar je ouders kunt ontmoeten',
      creator: 'Ouders in de wijk',
    },
    language: 'nl-NL',
    footer: (currentPage, pageCount) => ({
      margin: [MARGIN, 12, MARGIN, 0],
      stack: [
        {
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 0,
              x2: CONTENT_WIDTH,
              y2: 0,
              lineWidth: 0.5,
              lineColor: COLOR.border,
            },
          ],
        },
        {
          margin: [0, 5, 0, 0],
          columnGap: 16,
          columns: [
            { text: shorten(planTitle, 90), style: 'footer', width: CONTENT_WIDTH - 200 },
            {
              text: `${date}     Pagina ${currentPage} van ${pageCount}`,
              style: 'footer',
              width: '*',
              alignment: 'right',
            },
          ],
        },
      ],
    }),
  };
  return getPdfMake().createPdf(definition).getBuffer();
}
