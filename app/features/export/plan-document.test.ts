import { describe, expect, it } from 'vitest';
import { PLACE_LIMITS } from '~/features/overzichtskaart/place-schema';
import { PLAN_LIMITS } from '~/features/plans/plan-schemas';
import { MAX_PARENTS, SESSION_LIMITS } from '~/features/sessions/session-schema';
import { STEP_ONE_LIMITS } from '~/features/steps/step-1-schemas';
import { STEP_TWO_LIMITS } from '~/features/steps/step-2-schemas';
import { STEP3_LIMITS } from '~/features/steps/step-3-schemas';
import { STEP4_LIMITS } from '~/features/steps/step-4-schemas';
import { INSIGHT_LIMITS, WORK_METHOD_LIMITS } from '~/features/steps/step-5-schemas';
import { FEEDBACK_LIMITS } from '~/features/steps/step-6-schemas';
import { buildDemoPlan } from './demo-plan';
import { planDocumentFileName } from './export.server';
import {
  comparablePlanDocument,
  DOCUMENT_LIMITS,
  type PlanDocumentInput,
  readPlanDocument,
  readPlanDocumentText,
} from './plan-document';

function minimal(): PlanDocumentInput {
  return {
    format: 'ouders-in-de-wijk/plan',
    version: 1,
    plan: { title: 'Bewegen', municipalityCode: 'GM0344', municipalityName: 'Utrecht' },
    places: [
      { id: 'place-1', category: 'school', name: 'School A' },
      { id: 'place-2', category: 'markt', name: 'Markt B' },
    ],
    workMethods: [{ id: 'method-1', method: 'interview' }],
    visits: [{ placeRef: 'place-2', visitOn: '2027-03-14' }],
    insights: [{ workMethodRef: 'method-1', kind: 'idee', text: 'Sport op het plein' }],
  };
}

function errorsOf(input: unknown): string[] {
  const result = readPlanDocument(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
}

describe('readPlanDocument', () => {
  it('reads a minimal document and fills in what is left out', () => {
    const result = readPlanDocument(minimal());

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.plan.status).toBe('actief');
    expect(result.document.places[0]).toMatchObject({ onCard: true, topRank: null, phone: '' });
    expect(result.document.feedbackActions).toEqual([]);
  });

  it('reads the worked example of the demo', () => {
    const result = readPlanDocument(buildDemoPlan('2027-03-14'));

    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('ignores fields it does not know, so optional additions keep version 1', () => {
    const document = { ...minimal(), laterField: { x: 1 } } as Record<string, unknown>;
    (document.places as Record<string, unknown>[])[0] = {
      ...(minimal().places?.[0] as object),
      openingHours: 'ma-vr',
    };

    expect(readPlanDocument(document).ok).toBe(true);
  });

  it('refuses another format, a newer version and a version that never existed', () => {
    expect(errorsOf({ hello: 'world' })[0]).toContain('geen plandocument van Ouders in de wijk');
    expect(errorsOf({ ...minimal(), version: 2 })[0]).toContain('versie 2');
    expect(errorsOf({ ...minimal(), version: 2 })[0]).toContain('nieuwere versie');
    expect(errorsOf({ ...minimal(), version: 0 })[0]).toContain(
      'versie 0. Die versie bestaat niet',
    );
    expect(errorsOf({ ...minimal(), version: '1' })[0]).toContain('moet een getal zijn');
    expect(errorsOf({ ...minimal(), version: undefined })[0]).toContain('niet welke versie');
  });

  it('names the entry and the field of a problem in plain Dutch, with the path', () => {
    const document = minimal();
    document.places = [...(document.places ?? []), { id: 'place-3', category: 'sport', name: '' }];

    expect(errorsOf(document)).toEqual(['Ontmoetingsplek 3: de naam ontbreekt. (places[2].name)']);
  });

  it('says which value is unknown and what is allowed', () => {
    const errors = errorsOf({ ...minimal(), plan: { ...minimal().plan, ages: ['4-12', '6-8'] } });

    expect(errors[0]).toBe(
      'Plan: de leeftijd van de kinderen heeft een onbekende waarde "6-8". Kies uit: "0-4", "4-12", "12-18". (plan.ages[1])',
    );
  });

  it('refuses a municipality code we do not know', () => {
    const errors = errorsOf({
      ...minimal(),
      plan: { ...minimal().plan, municipalityCode: 'GM9999' },
    });

    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('is geen Nederlandse gemeente die wij kennen');
    expect(errors[0]).toContain('(plan.municipalityCode)');
  });

  it('refuses dates that do not exist and times that are not times', () => {
    const document = minimal();
    document.visits = [{ visitOn: '2027-02-30' }];
    document.contactMoments = [{ withWhom: 'Juf', plannedTime: '25:00' }];

    expect(errorsOf(document)).toEqual([
      'Contactmoment 1 ("Juf"): de tijd is geen geldige tijd. Schrijf die als uu:mm. (contactMoments[0].plannedTime)',
      'Bezoek 1: de datum van het bezoek is geen geldige datum. Schrijf die als jjjj-mm-dd. (visits[0].visitOn)',
    ]);
  });

  it('refuses references to entries that are not in the file', () => {
    const document = minimal();
    document.visits = [{ placeRef: 'place-9', visitOn: '2027-03-14' }];
    document.insights = [{ workMethodRef: 'method-7', kind: 'idee', text: 'x' }];
    document.places = [{ id: 'place-1', category: 'category-4', name: 'Huisarts' }];

    expect(errorsOf(document)).toEqual([
      'Ontmoetingsplek 1 ("Huisarts"): de soort plek "category-4" bestaat niet. Gebruik een vaste soort of een kenmerk uit "categories". (places[0].category)',
      'Bezoek 1: de ontmoetingsplek "place-9" staat niet in het bestand. (visits[0].placeRef)',
      'Inzicht 1: de werkvorm "method-7" staat niet in het bestand. (insights[0].workMethodRef)',
    ]);
  });

  it('refuses double ids, a rank given twice and a top 3 place that is not on the card', () => {
    const document = minimal();
    document.places = [
      { id: 'place-1', category: 'school', name: 'A', topRank: 1 },
      { id: 'place-1', category: 'school', name: 'B', topRank: 1 },
      { id: 'place-3', category: 'school', name: 'C', topRank: 2, onCard: false },
    ];
    document.visits = [];

    const errors = errorsOf(document);

    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('het kenmerk "place-1" komt twee keer voor');
    expect(errors.join('\n')).toContain('plaats 1 in de top 3 is al gegeven');
    expect(errors.join('\n')).toContain('moet op de overzichtskaart staan');
  });

  it('refuses an own category whose id is a built-in category', () => {
    const document = { ...minimal(), categories: [{ id: 'school', name: 'Eigen school' }] };

    expect(errorsOf(document)[0]).toContain('is de naam van een vaste soort plek');
  });

  it('lists at most ten problems', () => {
    const document = minimal();
    document.places = Array.from({ length: 15 }, (_, i) => ({
      id: `place-${i}`,
      category: 'school',
      name: '',
    }));
    document.visits = [];

    const errors = errorsOf(document);

    expect(errors).toHaveLength(11);
    expect(errors[10]).toBe('En nog 5 andere problemen.');
  });

  it('bounds every text: the maximum is accepted, one more is refused', () => {
    const cases: [string, (doc: PlanDocumentInput, text: string) => void, number][] = [
      ['plan.title', (d, t) => Object.assign(d.plan, { title: t }), DOCUMENT_LIMITS.plan.title],
      [
        'places[0].notes',
        (d, t) => Object.assign(d.places?.[0] ?? {}, { notes: t }),
        DOCUMENT_LIMITS.place.notes,
      ],
      [
        'places[0].email',
        (d, t) => Object.assign(d.places?.[0] ?? {}, { email: t }),
        DOCUMENT_LIMITS.place.email,
      ],
      [
        'insights[0].text',
        (d, t) => Object.assign(d.insights?.[0] ?? {}, { text: t }),
        DOCUMENT_LIMITS.insight.text,
      ],
    ];
    for (const [path, set, max] of cases) {
      const fits = minimal();
      set(fits, 'x'.repeat(max));
      const tooLong = minimal();
      set(tooLong, 'x'.repeat(max + 1));

      expect(readPlanDocument(fits).ok, path).toBe(true);
      expect(errorsOf(tooLong)[0], path).toContain(`te lang: gebruik hoogstens ${max} tekens`);
      expect(errorsOf(tooLong)[0], path).toContain(`(${path})`);
    }
  });

  it('bounds the length of every list', () => {
    const document = minimal();
    document.reliabilityChecks = Array.from({ length: 21 }, () => ({ point: 'aanwezig' as const }));

    expect(errorsOf(document)[0]).toBe(
      'Plandocument: de lijst met punten over betrouwbaar zijn is te lang: hoogstens 20 regels zijn toegestaan. (reliabilityChecks)',
    );
  });

  it('drops control characters but keeps every other character, HTML included', () => {
    const document = minimal();
    document.plan.title = 'Bewegen\u0000 <b>samen</b> – ş İ';

    const result = readPlanDocument(document);

    expect(result.ok && result.document.plan.title).toBe('Bewegen <b>samen</b> – ş İ');
  });
});

describe('readPlanDocumentText', () => {
  it('says where broken JSON goes wrong', () => {
    const result = readPlanDocumentText(
      '{\n  "format": "ouders-in-de-wijk/plan"\n  "version": 1\n}',
    );

    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]).toMatch(
      /^Dit bestand is geen geldig plandocument: de inhoud is geen leesbare JSON \(de fout zit in regel 3, teken 3\)/,
    );
  });

  it('accepts a file that starts with a byte order mark', () => {
    expect(readPlanDocumentText(`\uFEFF${JSON.stringify(minimal())}`).ok).toBe(true);
  });
});

describe('DOCUMENT_LIMITS', () => {
  it('allows at least what every form allows, so anything typed can be imported again', () => {
    const pairs: [string, number, number][] = [
      ['plan title', DOCUMENT_LIMITS.plan.title, PLAN_LIMITS.title],
      ['learnWhat', DOCUMENT_LIMITS.plan.learnWhat, STEP_ONE_LIMITS.learnWhat],
      ['needFor', DOCUMENT_LIMITS.plan.needFor, STEP_ONE_LIMITS.needFor],
      ['targetNotes', DOCUMENT_LIMITS.plan.targetNotes, STEP_ONE_LIMITS.targetNotes],
      ['area why', DOCUMENT_LIMITS.area.why, STEP_TWO_LIMITS.why],
      ['area notes', DOCUMENT_LIMITS.area.notes, STEP_TWO_LIMITS.notes],
      ['category name', DOCUMENT_LIMITS.category.name, PLACE_LIMITS.categoryName],
      ...(
        [
          'name',
          'address',
          'postcode',
          'city',
          'whenParents',
          'organisationName',
          'contactPerson',
          'phone',
          'email',
          'socialMedia',
          'notes',
          'tipFrom',
        ] as const
      ).map((key): [string, number, number] => [
        `place ${key}`,
        DOCUMENT_LIMITS.place[key],
        PLACE_LIMITS[key],
      ]),
      ['top 3 reason', DOCUMENT_LIMITS.place.topReason, STEP3_LIMITS.reason],
      ['contact withWhom', DOCUMENT_LIMITS.contactMoment.withWhom, STEP3_LIMITS.withWhom],
      ['contact purpose', DOCUMENT_LIMITS.contactMoment.purpose, STEP3_LIMITS.purpose],
      ['visit placeText', DOCUMENT_LIMITS.visit.placeText, STEP4_LIMITS.placeText],
      ['visit withWhom', DOCUMENT_LIMITS.visit.withWhom, STEP4_LIMITS.withWhom],
      [
        'visit parentsBusyWith',
        DOCUMENT_LIMITS.visit.parentsBusyWith,
        STEP4_LIMITS.parentsBusyWith,
      ],
      ['visit notes', DOCUMENT_LIMITS.visit.notes, STEP4_LIMITS.notes],
      ['reliability notes', DOCUMENT_LIMITS.reliabilityCheck.notes, STEP4_LIMITS.reliabilityNotes],
      ['method whenText', DOCUMENT_LIMITS.workMethod.whenText, WORK_METHOD_LIMITS.whenText],
      ['method withWhom', DOCUMENT_LIMITS.workMethod.withWhom, WORK_METHOD_LIMITS.withWhom],
      ['method learnGoal', DOCUMENT_LIMITS.workMethod.learnGoal, WORK_METHOD_LIMITS.learnGoal],
      ['method notes', DOCUMENT_LIMITS.workMethod.notes, WORK_METHOD_LIMITS.notes],
      ['insight text', DOCUMENT_LIMITS.insight.text, INSIGHT_LIMITS.text],
      ['insight theme', DOCUMENT_LIMITS.insight.theme, INSIGHT_LIMITS.theme],
      ['feedback what', DOCUMENT_LIMITS.feedbackAction.what, FEEDBACK_LIMITS.what],
      ['feedback toWhom', DOCUMENT_LIMITS.feedbackAction.toWhom, FEEDBACK_LIMITS.toWhom],
      ...(Object.keys(SESSION_LIMITS) as (keyof typeof SESSION_LIMITS)[]).map(
        (key): [string, number, number] => [
          `session ${key}`,
          DOCUMENT_LIMITS.session[key],
          SESSION_LIMITS[key],
        ],
      ),
      ['session parents', DOCUMENT_LIMITS.session.parents, MAX_PARENTS],
    ];
    for (const [name, document, form] of pairs) {
      expect(document, name).toBeGreaterThanOrEqual(form);
    }
  });
});

describe('comparablePlanDocument', () => {
  it('ignores ids but not where a reference points', () => {
    const a = minimal();
    const renamed = minimal();
    renamed.places = renamed.places?.map((p) => ({ ...p, id: `x-${p.id}` }));
    renamed.visits = [{ placeRef: 'x-place-2', visitOn: '2027-03-14' }];
    const moved = minimal();
    moved.visits = [{ placeRef: 'place-1', visitOn: '2027-03-14' }];

    expect(comparablePlanDocument(renamed)).toEqual(comparablePlanDocument(a));
    expect(comparablePlanDocument(moved)).not.toEqual(comparablePlanDocument(a));
  });
});

describe('planDocumentFileName', () => {
  it('makes a safe ASCII name from the title and the date in Amsterdam', () => {
    const lateEvening = new Date('2027-03-14T23:30:00Z');

    expect(planDocumentFileName('Bewegen in Overvecht: één plan!', lateEvening)).toBe(
      'plan-bewegen-in-overvecht-een-plan-2027-03-15.json',
    );
    expect(planDocumentFileName('"; rm -rf / ?', lateEvening)).toBe('plan-rm-rf-2027-03-15.json');
    expect(planDocumentFileName('   ', lateEvening)).toBe('plan-zonder-naam-2027-03-15.json');
  });
});

describe('the location of places (optional, version 1)', () => {
  it('reads documents without a location, and leaves the keys out', () => {
    const result = readPlanDocument(minimal());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.document.places[0]).not.toHaveProperty('latitude');
    expect(result.document.version).toBe(1);
  });

  it('carries coordinates and wijk and buurt codes', () => {
    const input = minimal();
    input.places = [
      {
        id: 'place-1',
        category: 'school',
        name: 'School A',
        latitude: 52.12291,
        longitude: 5.11187,
        wijkCode: 'WK034403',
        buurtCode: 'BU03440311',
      },
      {
        id: 'place-2',
        category: 'markt',
        name: 'Noordermarkt',
        latitude: 52.3784,
        longitude: 4.8862,
        wijkCode: 'WK0363AB',
        buurtCode: 'BU0363AB03',
      },
    ];
    input.visits = [];
    const result = readPlanDocument(input);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.document.places[0]).toMatchObject({
      latitude: 52.12291,
      longitude: 5.11187,
      wijkCode: 'WK034403',
      buurtCode: 'BU03440311',
    });
    // Amsterdam's codes have letters.
    expect(result.document.places[1]).toMatchObject({
      wijkCode: 'WK0363AB',
      buurtCode: 'BU0363AB03',
    });
  });

  it('refuses half a coordinate, a coordinate off the globe and a malformed code', () => {
    const input = minimal();
    input.places = [
      { id: 'place-1', category: 'school', name: 'School A' },
      { id: 'place-2', category: 'markt', name: 'Markt B', latitude: 91, longitude: 5 },
      { id: 'place-3', category: 'markt', name: 'Markt C', wijkCode: '034403' },
      { id: 'place-4', category: 'markt', name: 'Markt D', wijkCode: 'WK0363ab' },
    ];
    const errors = errorsOf(input).join('\n');
    expect(errors).toContain('places[1].latitude');
    expect(errors).toContain('places[2].wijkCode');
    expect(errors).toContain('places[3].wijkCode');

    const half = minimal();
    half.places = [{ id: 'place-1', category: 'school', name: 'School A', latitude: 52.1 }];
    half.visits = [];
    expect(errorsOf(half).join('\n')).toContain('places[0].latitude');
  });

  it('gives every place of the demo coordinates inside Overvecht', () => {
    const demo = buildDemoPlan('2027-05-10');
    expect(demo.places?.length).toBeGreaterThan(0);
    for (const place of demo.places ?? []) {
      expect(place.wijkCode).toBe('WK034403');
      expect(place.buurtCode).toMatch(/^BU034403\d\d$/);
      expect(place.latitude).toBeGreaterThan(52.1);
      expect(place.latitude).toBeLessThan(52.13);
      expect(place.longitude).toBeGreaterThan(5.09);
      expect(place.longitude).toBeLessThan(5.14);
    }
  });
});
