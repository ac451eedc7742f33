import { describe, expect, it } from 'vitest';
import { getPdfMake } from '~/features/overzichtskaart/pdf.server';
import { renderHandoverPdf } from './handover-pdf.server';
import { type HandoverSummary, stepLines } from './handover-summary';

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

function many<T>(n: number, make: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => make(i));
}

function summaryOfSize(n: number, text: string): HandoverSummary {
  return {
    plan: {
      id: 'plan',
      title: 'Samen bewegen in Overvecht',
      municipalityName: 'Utrecht',
      status: 'actief',
      areas: ['Overvecht'],
      organisationName: 'GGD Regio Utrecht',
      responsibleName: 'Esra Kaya',
      updatedAt: '2026-12-01T10:00:00.000Z',
    },
    lastHandover: {
      fromName: 'Hanneke de Wit',
      toName: 'Esra Kaya',
      byName: 'Hanneke de Wit',
      note: text,
      createdAt: '2026-12-01T10:00:00.000Z',
    },
    steps: stepLines({
      status: { 1: 'klaar', 2: 'klaar', 3: 'bezig', 4: 'bezig', 5: 'bezig', 6: 'niet-begonnen' },
      target: text,
      areas: ['Overvecht'],
      places: n,
      topThree: 3,
      contactMoments: { total: n, done: 1 },
      visits: { total: n, done: 1 },
      methods: 1,
      sessions: 1,
      insights: n,
      feedback: { total: 0, done: 0 },
    }),
    topThree: many(3, (i) => ({
      rank: i + 1,
      placeName: `Basisschool De Regenboog ${i}`,
      contactPerson: 'Juf Şükran Öztürk',
      phone: '06-12345678',
      email: '',
      reason: text,
    })),
    contactPersons: many(n, (i) => ({
      name: `Ayşe Demir ${i}`,
      role: 'sleutelfiguur',
      phone: '06-87654321',
      email: '',
      placeName: 'Buurthuis De Linde',
    })),
    promises: many(n, (i) => ({
      what: `Flyers meenemen ${i}`,
      toWhom: 'De ouders',
      dueOn: '2026-11-01',
      late: true,
    })),
    lateAnswers: many(n, (i) => ({
      receivedAt: '2026-11-01T10:00:00.000Z',
      fromWhom: `Een vader ${i}`,
      about: 'de zwemles',
      dueOn: '2026-11-02',
    })),
    coming: many(n, (i) => ({
      date: '2026-12-10',
      time: '09:30',
      kind: 'bezoek',
      summary: `Koffieochtend ${i}`,
      done: false,
    })),
    latePlanning: many(n, (i) => ({
      date: '2026-11-10',
      kind: 'contactmoment',
      summary: `Bellen ${i}`,
    })),
    comingWeeks: 4,
    today: '2026-12-04',
  };
}

describe('renderHandoverPdf', () => {
  it('stays on one A4 page however much the plan holds', async () => {
    const long =
      'Een lange zin over wat we met de ouders willen leren en waarom dat nodig is. '.repeat(25);

    const small = await renderHandoverPdf(summaryOfSize(1, 'Kort.'));
    const big = await renderHandoverPdf(summaryOfSize(40, long));

    const twoPages = await getPdfMake()
      .createPdf({ content: [{ text: 'een', pageBreak: 'after' }, 'twee'] })
      .getBuffer();
    expect(pageCount(twoPages)).toBe(2);
    expect(pageCount(small)).toBe(1);
    expect(pageCount(big)).toBe(1);
  });
});
