import fc from 'fast-check';
import { type HTMLElement, parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoPlan } from '~/features/export/demo-plan';
import { readPlanDocument } from '~/features/export/plan-document';
import { todayInAmsterdam } from '~/lib/dates';
import { type AppServer, startAppServer } from '../support/app-server';
import { signUp, TestClient, uniqueEmail } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// Property-based: every form the signed-in pages show is posted with random and hostile values.
// The forms are found by reading the pages (and the pages their links open), so a form added
// later is fuzzed without editing this test. Bounded runs keep it fit for CI.
const RUNS_PER_FORM = Number(process.env.FUZZ_RUNS ?? 12);
const MAX_PAGES = 200;

/** Forms that end the session, or archive the plan or move it to the bin, would stop the fuzzing. */
function endsTheRun(action: string, form: HTMLElement): boolean {
  const intent = form.querySelector('input[name=intent]')?.getAttribute('value') ?? '';
  return (
    /uitloggen/i.test(form.textContent) ||
    (/^\/plannen\/[^/]+$/.test(action) && /^(verwijderen|status)$/.test(intent))
  );
}

type FoundForm = {
  page: string;
  action: string;
  fields: { name: string; value: string; type: string; options: string[] }[];
};

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 10_001, maxLength: 10_050 }),
  fc.constantFrom(
    '',
    ' ',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '\u0000\u0007\u001b[31m',
    '\u202e\u2066مرحبا\u2069',
    '👨‍👩‍👧‍👦🏳️‍🌈',
    '31-02-2027',
    '2027-13-45',
    '99:99',
    '-1',
    '1e309',
    'NaN',
    'null',
    '{"a":1}',
    "'; drop table plan; --",
    '../../etc/passwd',
    'İıŞşĞğ',
  ),
);

function formsOf(page: string, html: string): FoundForm[] {
  const root = parse(html);
  return root
    .querySelectorAll('form')
    .filter((form) => (form.getAttribute('method') ?? 'get').toLowerCase() === 'post')
    .map((form) => ({
      page,
      action: new URL(form.getAttribute('action') ?? page, 'http://x').pathname,
      fields: fieldsOf(form),
      element: form,
    }))
    .filter((form) => !endsTheRun(form.action, form.element))
    .map(({ element: _element, ...form }) => form)
    .filter((form) => !/uitloggen|import/.test(form.action));
}

function fieldsOf(form: HTMLElement): FoundForm['fields'] {
  const fields: FoundForm['fields'] = [];
  for (const element of form.querySelectorAll('input, textarea, select, button[name]')) {
    const name = element.getAttribute('name');
    if (!name) continue;
    const tag = element.tagName.toLowerCase();
    const type = tag === 'input' ? (element.getAttribute('type') ?? 'text') : tag;
    if (type === 'file') continue;
    const options =
      tag === 'select'
        ? element.querySelectorAll('option').map((o) => o.getAttribute('value') ?? o.text)
        : [];
    const value = tag === 'textarea' ? element.text : (element.getAttribute('value') ?? '');
    fields.push({ name, value, type, options });
  }
  return fields;
}

/** A value for one field: mostly hostile, sometimes what the page offered. */
function fieldValue(field: FoundForm['fields'][number]) {
  const offered = [field.value, ...field.options];
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...offered) },
    { weight: 3, arbitrary: hostileText },
    { weight: 1, arbitrary: fc.array(hostileText, { minLength: 2, maxLength: 3 }) },
  );
}

function everyFieldRandom(form: FoundForm) {
  return fc.record(Object.fromEntries(form.fields.map((field) => [field.name, fieldValue(field)])));
}

/** What the page offered in every field but one: hostile values that pass the checks get stored. */
function oneFieldHostile(form: FoundForm) {
  return fc
    .nat({ max: Math.max(0, form.fields.length - 1) })
    .chain((hostile) =>
      fc.record(
        Object.fromEntries(
          form.fields.map((field, index) => [
            field.name,
            index === hostile ? hostileText : fc.constant(field.value),
          ]),
        ),
      ),
    );
}

/** Where the crawl may go: the signed-in pages of the organisation and its plans. */
const CRAWLED = /^\/(plannen|account|team|contacten|agenda|overzicht)(\/|$)/;
const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const DATE = /\d{4}-\d{2}-\d{2}/g;

/**
 * A page or form address with its record ids blanked. A few pages of each shape are enough (one
 * page lists several kinds of record behind the same `?wijzig=` link); one form of each shape.
 */
const PAGES_PER_SHAPE = 3;

function shapeOf(address: string): string {
  return address.replace(ID, ':id').replace(DATE, ':date');
}

async function crawl(client: TestClient, start: string[]): Promise<FoundForm[]> {
  const seen = new Set<string>();
  const visitsPerShape = new Map<string, number>();
  const queue = [...start];
  const forms = new Map<string, FoundForm>();
  while (queue.length > 0 && seen.size < MAX_PAGES) {
    const page = queue.shift() as string;
    const shape = shapeOf(page);
    if (seen.has(page) || (visitsPerShape.get(shape) ?? 0) >= PAGES_PER_SHAPE) continue;
    seen.add(page);
    visitsPerShape.set(shape, (visitsPerShape.get(shape) ?? 0) + 1);
    const response = await client.get(page);
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('html')) {
      continue;
    }
    const html = await response.text();
    for (const form of formsOf(page, html)) {
      const key = shapeOf(
        `${form.action} ${form.fields.map((f) => `${f.name}=${f.type === 'hidden' && f.name === 'intent' ? f.value : ''}`).join('&')}`,
      );
      if (!forms.has(key)) forms.set(key, form);
    }
    for (const link of parse(html).querySelectorAll('a[href]')) {
      const url = new URL(link.getAttribute('href') ?? '', 'http://x');
      const target = url.pathname + url.search;
      if (!CRAWLED.test(url.pathname)) continue;
      if (/\.(pdf|json|ics|csv|xlsx)$/.test(url.pathname) || url.searchParams.has('leeg')) continue;
      if (!seen.has(target)) queue.push(target);
    }
  }
  return [...forms.values()];
}

/** Records that only exist once someone made them, so that their change forms are fuzzed too. */
async function seedRecords(client: TestClient, planId: string): Promise<void> {
  const today = todayInAmsterdam();
  const trust = `/plannen/${planId}/vertrouwen`;
  const posts: [string, Record<string, string>][] = [
    [
      trust,
      {
        intent: 'binnen-nieuw',
        receivedOn: today,
        receivedTime: '10:00',
        channel: 'telefoon',
        fromWhom: 'Een moeder van school',
        about: 'De speelochtend',
      },
    ],
    [
      trust,
      { intent: 'belofte-nieuw', what: 'Een flyer brengen', toWhom: 'De buurtvader', dueOn: today },
    ],
    [
      trust,
      {
        intent: 'vergoeding-nieuw',
        activity: 'Gesprek in de bibliotheek',
        compensationForm: 'waardebon',
        amount: '15,00',
        agreedWith: '',
        paidOn: '',
      },
    ],
    [
      `/plannen/${planId}/planning?weergave=lijst`,
      {
        intent: 'schoolvakantie-nieuw',
        holidayName: 'Studiedagen',
        holidayFrom: today,
        holidayTo: today,
      },
    ],
    [
      '/contacten',
      {
        intent: 'organisatie-nieuw',
        organisationName: 'Buurthuis De Linde',
        organisationPhone: '',
        organisationEmail: '',
        organisationNotes: '',
      },
    ],
    [
      '/contacten/nieuw',
      {
        intent: 'contact-nieuw',
        kind: 'sleutelfiguur',
        name: 'Fatma Yılmaz',
        role: '',
        contactOrganisationId: '',
        placeId: '',
        phone: '',
        email: '',
        activeWhere: '',
        told: '',
        tips: '',
        notes: '',
        legalBasis: 'gerechtvaardigd-belang',
      },
    ],
    ['/team', { intent: 'uitnodigen', email: 'collega@example.org', role: 'member' }],
    [
      `/plannen/${planId}/delen`,
      { intent: 'uitnodigen', email: 'partner@example.org', access: 'partner' },
    ],
    ['/agenda', { intent: 'nieuw-adres' }],
  ];
  for (const [address, fields] of posts) {
    const response = await client.post(address, fields);
    expect(response.status, `${address} ${fields.intent}`).toBeLessThan(400);
  }
}

/** A colleague joins the team, so /team shows role buttons (the only beheerder has none). */
async function addColleague(client: TestClient, baseUrl: string) {
  const invited = await client.post('/team', { intent: 'uitnodigen', email: '', role: 'member' });
  const link = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(await invited.text())?.[1] ?? '';
  expect(link, 'invitation link on /team').not.toBe('');
  const colleague = new TestClient(baseUrl);
  const joined = await colleague.post(`/registreren?uitnodiging=${link}`, {
    name: 'Sem Jansen',
    organisationName: '',
    email: uniqueEmail('collega'),
    password: 'een lang wachtwoord',
  });
  expect(joined.status).toBe(302);
}

/** Actions that only a deeper crawl or seeded records reach; the crawl must keep finding them. */
const EXPECTED_ACTIONS = [
  '/account wachtwoord',
  '/agenda stoppen',
  '/contacten organisatie-wijzig',
  '/contacten/:id contact-verwijderen',
  '/contacten/:id contact-wijzig',
  '/contacten/:id tijdlijn-nieuw',
  '/plannen/:planId/bijeenkomsten/:id bijeenkomst-wijzig',
  '/plannen/:planId/bijeenkomsten/:id vertaling-opslaan',
  '/plannen/:planId/delen intrekken',
  '/plannen/:planId/delen uitnodigen',
  '/plannen/:planId/inzichten inzicht-toevoegen',
  '/plannen/:planId/inzichten inzicht-verwijderen',
  '/plannen/:planId/inzichten inzicht-wijzigen',
  '/plannen/:planId/inzichten terugkoppelen',
  '/plannen/:planId/overzichtskaart plek-toevoegen',
  '/plannen/:planId/overzichtskaart plek-wijzigen',
  '/plannen/:planId/planning goedkeuren',
  '/plannen/:planId/planning reactie',
  '/plannen/:planId/planning schoolvakantie-nieuw',
  '/plannen/:planId/planning schoolvakantie-verwijderen',
  '/plannen/:planId/stap/3 contactmoment-wijzig',
  '/plannen/:planId/stap/4 bezoek-wijzig',
  '/plannen/:planId/terugkoppeling poster-opslaan',
  '/plannen/:planId/terugkoppeling vertaling-opslaan',
  '/plannen/:planId/vertrouwen belofte-wijzig',
  '/plannen/:planId/vertrouwen beantwoord',
  '/plannen/:planId/vertrouwen vergoeding-wijzig',
  '/team rol',
  '/team uitnodigen',
  '/team intrekken',
];

describe(`every form with random and hostile values (${testDatabaseKind()})`, () => {
  let server: AppServer;
  let client: TestClient;
  let planId: string;
  let forms: FoundForm[];
  let saved = 0;

  beforeAll(async () => {
    server = await startAppServer({ kind: testDatabaseKind() });
    ({ client } = await signUp(server.baseUrl));
    const upload = new FormData();
    upload.append(
      'file',
      new Blob([JSON.stringify(buildDemoPlan(todayInAmsterdam()))], { type: 'application/json' }),
      'demo.json',
    );
    const imported = await client.request('/plannen/import', { method: 'POST', body: upload });
    planId = /\/plannen\/([^/]+)$/.exec(imported.headers.get('Location') ?? '')?.[1] ?? '';
    expect(planId).not.toBe('');
    await seedRecords(client, planId);
    await addColleague(client, server.baseUrl);
    forms = await crawl(client, [
      '/plannen',
      '/plannen/nieuw',
      '/account',
      `/plannen/${planId}`,
      '/contacten',
      '/team',
    ]);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('finds the forms of every page to fuzz, also those that change a record', () => {
    const fuzzed = [
      ...new Set(
        forms.map((form) => {
          const intent = form.fields.find((f) => f.name === 'intent' && f.type === 'hidden');
          return `${shapeOf(form.action.replace(planId, ':planId'))} ${intent?.value ?? ''}`.trim();
        }),
      ),
    ].sort();
    console.log(
      `Fuzzed: ${forms.length} forms, ${fuzzed.length} actions\n  ${fuzzed.join('\n  ')}`,
    );

    for (let step = 1; step <= 6; step++) {
      expect(fuzzed, `step ${step}`).toContain(`/plannen/:planId/stap/${step} stap-status`);
    }
    expect(fuzzed).toEqual(expect.arrayContaining(EXPECTED_ACTIONS));
  });

  it('never answers a form with a server error', { timeout: 600_000 }, async () => {
    for (const form of forms) {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(everyFieldRandom(form), oneFieldHostile(form)),
          async (values) => {
            const response = await client.post(form.action, values as Record<string, string>);
            const body = await response.text();
            if (response.status === 302 || response.status === 303) saved++;
            expect(response.status, `${form.action} from ${form.page}`).toBeLessThan(500);
            expect(body).not.toMatch(/at .+\.(js|ts):\d+:\d+/);
          },
        ),
        { numRuns: RUNS_PER_FORM },
      );
    }
    // Some posts must get through, or the check below would look at untouched data only.
    expect(saved).toBeGreaterThan(forms.length / 2);
  });

  it('stores only data that passes the plan document check, and every page still opens', async () => {
    const response = await client.get(`/plannen/${planId}/export.json`);
    expect(response.status).toBe(200);
    const read = readPlanDocument(await response.json());
    expect(read.ok ? [] : read.errors).toEqual([]);

    for (const page of new Set(forms.map((form) => form.page))) {
      expect((await client.get(page)).status, page).toBeLessThan(500);
    }
  });
});
