import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { getPdfMake } from '~/features/overzichtskaart/pdf.server';
import { PLAN_STATUS_LABELS } from '~/features/plans/domain';
import { formatCalendarDate, formatDate, formatDateTime } from '~/lib/dates';
import { type HandoverSummary, KIND_LABELS } from './handover-summary';

// The handover summary as one A4 page (pdfmake with the overzichtskaart's Roboto instance, so
// letters such as ş and İ print). To stay on one page, long lists are cut off with "en nog n"
// and long texts shortened, a little more on each try until it fits; the page in the browser
// shows everything.

const BLUE = '#0b3a66';
const PINK = '#f4b6cf';
const RED = '#b00020';
/** From generous to tight: rows per list and characters per free text. */
const FITS = [
  { rows: 5, chars: 500 },
  { rows: 4, chars: 300 },
  { rows: 3, chars: 200 },
  { rows: 2, chars: 120 },
] as const;

type Fit = (typeof FITS)[number];

function heading(text: string): Content {
  return {
    stack: [
      { text, bold: true, fontSize: 11.5, color: BLUE },
      {
        canvas: [{ type: 'line', x1: 0, y1: 1, x2: 110, y2: 1, lineWidth: 2, lineColor: PINK }],
        margin: [0, 0, 0, 3],
      },
    ],
    margin: [0, 7, 0, 0],
  };
}

function subheading(text: string): Content {
  return { text, bold: true, margin: [0, 3, 0, 1] };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export async function renderHandoverPdf(summary: HandoverSummary): Promise<Buffer> {
  let pdf: { buffer: Buffer; pages: number } | undefined;
  for (const fit of FITS) {
    pdf = await renderWith(summary, fit);
    if (pdf.pages <= 1) break;
  }
  if (!pdf) throw new Error('no fit');
  return pdf.buffer;
}

function contactLine(parts: string[]): string {
  const filled = parts.filter(Boolean);
  return filled.length > 0 ? ` – ${filled.join(', ')}` : '';
}

async function renderWith(
  summary: HandoverSummary,
  fit: Fit,
): Promise<{ buffer: Buffer; pages: number }> {
  /** A list of at most `fit.rows` lines, or the sentence for an empty list. */
  const list = (lines: Content[], empty: string, rows: number = fit.rows): Content => {
    if (lines.length === 0) return { text: empty, margin: [0, 0, 0, 2] };
    const shown = lines.slice(0, rows);
    if (lines.length > rows) {
      shown.push({
        text: `en nog ${lines.length - rows} (zie de pagina in de app)`,
        italics: true,
      });
    }
    return { ul: shown, margin: [0, 0, 0, 2] };
  };
  const { plan } = summary;
  let pages = 0;
  const status = PLAN_STATUS_LABELS[plan.status as keyof typeof PLAN_STATUS_LABELS] ?? plan.status;
  const last = summary.lastHandover;
  const content: Content[] = [
    { text: `Overdracht: ${plan.title}`, fontSize: 16, bold: true, color: BLUE },
    {
      text: [
        plan.organisationName,
        ' · ',
        plan.municipalityName,
        plan.areas.length > 0 ? `: ${plan.areas.join(', ')}` : '',
        ' · ',
        status,
      ].join(''),
      color: '#4a4a4a',
      margin: [0, 2, 0, 2],
    },
    {
      text: [
        'Verantwoordelijk: ',
        { text: plan.responsibleName ?? 'niemand', bold: true },
        '. ',
        last
          ? `Overgedragen door ${last.byName} van ${last.fromName} aan ${last.toName} op ${formatDateTime(last.createdAt)}. `
          : '',
        `Stand van ${formatCalendarDate(summary.today)}.`,
      ],
    },
  ];
  if (last?.note) {
    content.push({
      text: `Notitie bij de overdracht: ${shorten(last.note, fit.chars)}`,
      margin: [0, 2, 0, 0],
    });
  }

  content.push(heading('Waar staat het plan?'));
  content.push({
    table: {
      widths: [110, 60, '*'],
      body: summary.steps.map((step) => [
        { text: `${step.number}. ${step.title}`, bold: true },
        { text: step.statusLabel },
        { text: shorten(step.text, fit.chars) },
      ]),
    },
    layout: 'lightHorizontalLines',
  });

  content.push(heading('Contacten'));
  content.push(subheading('Top 3: eerst benaderen'));
  content.push(
    list(
      summary.topThree.map((top) => ({
        text: [
          { text: `${top.rank}. ${top.placeName}`, bold: true },
          contactLine([top.contactPerson, top.phone, top.email]),
          top.reason ? `. Waarom: ${shorten(top.reason, fit.chars / 2)}` : '',
        ],
      })),
      'Er is nog geen top 3 gekozen.',
      3,
    ),
  );
  content.push(subheading('Contactpersonen bij de ontmoetingsplekken'));
  content.push(
    list(
      summary.contactPersons.map((person) => ({
        text: [
          { text: person.name, bold: true },
          person.role ? `, ${person.role}` : '',
          person.placeName ? ` (${person.placeName})` : '',
          contactLine([person.phone, person.email]),
        ],
      })),
      'Er zijn nog geen contactpersonen bij de plekken van dit plan.',
    ),
  );

  content.push(heading('Wat staat nog open?'));
  content.push(subheading('Beloftes'));
  content.push(
    list(
      summary.promises.map((promise) => ({
        text: [
          promise.late ? { text: 'Te laat: ', bold: true, color: RED } : '',
          `${promise.what} – aan ${promise.toWhom}, uiterlijk ${formatCalendarDate(promise.dueOn)}`,
        ],
      })),
      'Er staan geen beloftes open.',
    ),
  );
  content.push(subheading('Wachten te lang op antwoord'));
  content.push(
    list(
      summary.lateAnswers.map((answer) => ({
        text: [
          { text: 'Te laat: ', bold: true, color: RED },
          `${answer.fromWhom} over ${answer.about} (binnengekomen op ${formatDate(answer.receivedAt)})`,
        ],
      })),
      'Niemand wacht te lang op antwoord.',
    ),
  );

  content.push(heading('Wat komt er hierna?'));
  if (summary.latePlanning.length > 0) {
    content.push(subheading('Nog niet gedaan, datum is voorbij'));
    content.push(
      list(
        summary.latePlanning.map(
          (item) =>
            `${formatCalendarDate(item.date)} · ${KIND_LABELS[item.kind] ?? item.kind}: ${item.summary}`,
        ),
        '',
      ),
    );
  }
  content.push(subheading(`De komende ${summary.comingWeeks} weken`));
  content.push(
    list(
      summary.coming.map(
        (item) =>
          `${formatCalendarDate(item.date)}${item.time ? ` ${item.time}` : ''} · ${KIND_LABELS[item.kind] ?? item.kind}: ${item.summary}`,
      ),
      `Er staat de komende ${summary.comingWeeks} weken niets in de planning.`,
    ),
  );

  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 36],
    info: { title: `Overdracht: ${plan.title}`, creator: 'Ouders in de wijk' },
    language: 'nl-NL',
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.2 },
    content,
    // pdfmake calls the footer for every page with the page count: how we learn whether it fit.
    footer: (_page, pageCount) => {
      pages = pageCount;
      return null;
    },
  };
  const buffer = await getPdfMake().createPdf(definition).getBuffer();
  return { buffer, pages };
}
