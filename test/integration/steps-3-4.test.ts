import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaceOnPlan, type PlaceFields } from '~/features/overzichtskaart/places.server';
import { todayInAmsterdam } from '~/lib/dates';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, editTokenOf, signUp, type TestClient } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// Steps 3 and 4 over HTTP, as a browser without JavaScript uses them. Meeting places are put on
// the plan straight in the app's database, because the overzichtskaart has its own tests.

const kind = testDatabaseKind();

const moment = {
  intent: 'contactmoment-nieuw',
  withWhom: 'Juf Samira van De Regenboog',
  placeId: '',
  plannedOn: '14-03-2027',
  plannedTime: '09:30',
  purpose: 'Kennismaken en vragen of ik op de koffieochtend mag komen.',
  momentStatus: 'gepland',
  discussedOn: '',
};

const visit = {
  intent: 'bezoek-nieuw',
  placeId: '',
  placeText: 'Koffieochtend buurthuis De Linde',
  visitOn: '2027-04-02',
  visitStatus: 'gepland',
  parentsBusyWith: '',
  notes: '',
};

function placeFields(name: string, extra: Partial<PlaceFields> = {}): PlaceFields {
  return {
    category: 'school',
    name,
    address: 'Schoolstraat 1',
    postcode: '3555 AB',
    city: 'Utrecht',
    whenParents: 'Elke ochtend om half negen',
    organisationName: '',
    contactPerson: '',
    phone: '',
    email: '',
    socialMedia: '',
    notes: '',
    tipFrom: '',
    ...extra,
  };
}

/** The page a redirect points to; fails the test when the answer is not a redirect. */
async function follow(client: TestClient, response: Response): Promise<string> {
  expect(response.status, await response.clone().text()).toBe(302);
  return client.html(response.headers.get('Location') ?? '');
}

describe(`steps 3 and 4 over HTTP (${kind})`, () => {
  let app: AppServer;
  let database: DatabaseHandle;
  let dropPostgres: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
    dropPostgres = pg?.drop;
    app = await startAppServer({ kind: 'sqlite', env: pg ? { DATABASE_URL: pg.url } : {} });
    database = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
  });

  afterAll(async () => {
    await database?.close();
    await app?.stop();
    await dropPostgres?.();
  });

  async function newPlanWithPlaces(names: string[] = []) {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client);
    const plan = await database.db
      .selectFrom('plan')
      .select('organisationId')
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    const placeIds: string[] = [];
    for (const name of names) {
      placeIds.push(
        await createPlaceOnPlan(database.db, {
          organisationId: plan.organisationId,
          planId,
          fields: placeFields(name, {
            organisationName: `Stichting ${name}`,
            contactPerson: `Contact van ${name}`,
            phone: '06-12345678',
          }),
        }),
      );
    }
    return { client: owner.client, planId, placeIds, organisationId: plan.organisationId };
  }

  it('runs on the database it names', async () => {
    const response = await fetch(`${app.baseUrl}/health`);
    expect(await response.json()).toMatchObject({ database: kind });
  });

  describe('step 3: planning of contact moments', () => {
    it('adds a contact moment with a date typed as dd-mm-jjjj and shows it in Dutch', async () => {
      const { client, planId } = await newPlanWithPlaces();

      const page = await follow(client, await client.post(`/plannen/${planId}/stap/3`, moment));

      expect(page).toContain('14 maart 2027');
      expect(page).toContain('Juf Samira van De Regenboog');
      const stored = await database.db
        .selectFrom('contactMoment')
        .select(['plannedOn', 'plannedTime', 'status'])
        .where('planId', '=', planId)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ plannedOn: '2027-03-14', plannedTime: '09:30', status: 'gepland' });
    });

    it('edits a contact moment in place and deletes it', async () => {
      const { client, planId } = await newPlanWithPlaces();
      await follow(client, await client.post(`/plannen/${planId}/stap/3`, moment));
      const { id } = await database.db
        .selectFrom('contactMoment')
        .select('id')
        .where('planId', '=', planId)
        .executeTakeFirstOrThrow();

      const editPage = await client.html(`/plannen/${planId}/stap/3?wijzig=${id}`);
      expect(editPage).toContain('value="2027-03-14"');
      expect(editPage).toContain('Wijziging opslaan');
      const edited = await follow(
        client,
        await client.post(`/plannen/${planId}/stap/3?wijzig=${id}`, {
          ...moment,
          intent: 'contactmoment-wijzig',
          id,
          updatedAt: editTokenOf(editPage),
          withWhom: 'Meester Joost',
          plannedOn: '2027-03-21',
          momentStatus: 'gedaan',
        }),
      );
      expect(edited).toContain('Meester Joost');
      expect(edited).toContain('21 maart 2027');
      expect(edited).not.toContain('Juf Samira');

      const deleted = await follow(
        client,
        await client.post(`/plannen/${planId}/stap/3`, {
          intent: 'contactmoment-verwijderen',
          id,
        }),
      );
      expect(deleted).not.toContain('Meester Joost');
      const left = await database.db
        .selectFrom('contactMoment')
        .select('id')
        .where('planId', '=', planId)
        .execute();
      expect(left).toHaveLength(0);
    });

    it('sorts the planning by date', async () => {
      const { client, planId } = await newPlanWithPlaces();
      for (const { withWhom, plannedOn } of [
        { withWhom: 'Derde gesprek', plannedOn: '2027-05-01' },
        { withWhom: 'Eerste gesprek', plannedOn: '2027-01-10' },
        { withWhom: 'Tweede gesprek', plannedOn: '10-02-2027' },
      ]) {
        await client.post(`/plannen/${planId}/stap/3`, { ...moment, withWhom, plannedOn });
      }

      const page = await client.html(`/plannen/${planId}/stap/3`);

      const first = page.indexOf('Eerste gesprek');
      const second = page.indexOf('Tweede gesprek');
      const third = page.indexOf('Derde gesprek');
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThan(second);
      expect(second).toBeLessThan(third);
    });

    it('refuses an impossible date with a Dutch message and keeps what was typed', async () => {
      const { client, planId } = await newPlanWithPlaces();

      const response = await client.post(`/plannen/${planId}/stap/3`, {
        ...moment,
        plannedOn: '31-02-2027',
      });

      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain('Deze datum bestaat niet. Kijk de dag en de maand na.');
      expect(page).toContain('value="31-02-2027"');
      expect(page).toContain('value="Juf Samira van De Regenboog"');
      expect(page).toContain('Kennismaken en vragen of ik op de koffieochtend mag komen.');
      const stored = await database.db
        .selectFrom('contactMoment')
        .select('id')
        .where('planId', '=', planId)
        .execute();
      expect(stored).toHaveLength(0);
    });

    it('asks for the required fields', async () => {
      const { client, planId } = await newPlanWithPlaces();

      const response = await client.post(`/plannen/${planId}/stap/3`, {
        ...moment,
        withWhom: '   ',
        plannedOn: '',
      });

      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain('Vul de naam van de persoon of organisatie in.');
      expect(page).toContain('Vul de datum in');
    });

    it('refuses a text of 10,000 characters', async () => {
      const { client, planId } = await newPlanWithPlaces();

      const response = await client.post(`/plannen/${planId}/stap/3`, {
        ...moment,
        purpose: 'a'.repeat(10_000),
      });

      expect(response.status).toBe(400);
      expect(await response.text()).toContain('hoogstens 1000 tekens');
    });

    it('shows typed HTML as text', async () => {
      const { client, planId } = await newPlanWithPlaces();

      const page = await follow(
        client,
        await client.post(`/plannen/${planId}/stap/3`, {
          ...moment,
          withWhom: '<script>alert("x")</script>',
          purpose: '<img src=x onerror=alert(1)>',
        }),
      );

      expect(page).not.toContain('<script>alert("x")</script>');
      expect(page).not.toContain('<img src=x');
      expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });

    it('sets the manager date to today when "besproken" is ticked without a date', async () => {
      const { client, planId } = await newPlanWithPlaces();

      await follow(
        client,
        await client.post(`/plannen/${planId}/stap/3`, { ...moment, discussedWithManager: 'on' }),
      );
      const page = await follow(
        client,
        await client.post(`/plannen/${planId}/stap/3`, {
          intent: 'planning-besproken',
          planningDiscussed: 'on',
          planningDiscussedOn: '',
        }),
      );

      const stored = await database.db
        .selectFrom('contactMoment')
        .select(['discussedWithManager', 'discussedOn'])
        .where('planId', '=', planId)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ discussedWithManager: 1, discussedOn: todayInAmsterdam() });
      expect(page).toContain('Planning besproken met leidinggevende op');
      const plan = await database.db
        .selectFrom('plan')
        .select('planningDiscussedOn')
        .where('id', '=', planId)
        .executeTakeFirstOrThrow();
      expect(plan.planningDiscussedOn).toBe(todayInAmsterdam());
    });

    it('marks the step "bezig" when something is saved in it', async () => {
      const { client, planId } = await newPlanWithPlaces();

      await follow(client, await client.post(`/plannen/${planId}/stap/3`, moment));

      const plan = await database.db
        .selectFrom('plan')
        .select('stepStatus')
        .where('id', '=', planId)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(plan.stepStatus)).toMatchObject({ 3: 'bezig' });
    });
  });

  describe('step 3: top 3 and the overzichtskaart', () => {
    it('says the card is empty and links to the overzichtskaart', async () => {
      const { client, planId } = await newPlanWithPlaces();

      const page = await client.html(`/plannen/${planId}/stap/3`);

      expect(page).toContain('Er staan nog geen plekken op de kaart van dit plan.');
      expect(page).toContain(`href="/plannen/${planId}/overzichtskaart"`);
    });

    it('counts the places on the card per category', async () => {
      const { client, planId } = await newPlanWithPlaces(['Basisschool De Regenboog', 'De Zon']);

      const page = await client.html(`/plannen/${planId}/stap/3`);

      expect(page).toContain('Er staan 2 plekken op de kaart.');
      expect(page).toMatch(
        /School, kinderopvang en consultatiebureau(<!-- -->)?: <strong>2<\/strong>/,
      );
    });

    it('saves the top 3 and shows organisation, contact person, phone and reason', async () => {
      const { client, planId, placeIds } = await newPlanWithPlaces([
        'Basisschool De Regenboog',
        'Moskee Ulu',
        'Speeltuin De Bever',
      ]);

      const page = await follow(
        client,
        await client.post(`/plannen/${planId}/stap/3`, {
          intent: 'top-3',
          top1: placeIds[1] ?? '',
          reason1: 'Veel moeders komen hier op vrijdag.',
          top2: placeIds[0] ?? '',
          reason2: 'De juf kent alle ouders.',
          top3: '',
          reason3: '',
        }),
      );

      expect(page).toContain('Stichting Moskee Ulu');
      expect(page).toContain('Contact van Moskee Ulu');
      expect(page).toContain('href="tel:+31612345678"');
      expect(page).toContain('Veel moeders komen hier op vrijdag.');
      expect(page.indexOf('Veel moeders')).toBeLessThan(page.indexOf('De juf kent alle ouders.'));
      const ranks = await database.db
        .selectFrom('planPlace')
        .select(['placeId', 'topRank'])
        .where('planId', '=', planId)
        .where('topRank', 'is not', null)
        .orderBy('topRank')
        .execute();
      expect(ranks).toEqual([
        { placeId: placeIds[1], topRank: 1 },
        { placeId: placeIds[0], topRank: 2 },
      ]);
    });

    it('refuses the same place twice in the top 3', async () => {
      const { client, planId, placeIds } = await newPlanWithPlaces(['Bibliotheek', 'Markt']);

      const response = await client.post(`/plannen/${planId}/stap/3`, {
        intent: 'top-3',
        top1: placeIds[0] ?? '',
        reason1: 'Eerste reden',
        top2: placeIds[0] ?? '',
        reason2: 'Tweede reden',
        top3: '',
        reason3: '',
      });

      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain('Deze plek staat al bij Top 1. Kies bij Top 2 een andere plek.');
      expect(page).toContain('Tweede reden');
      const ranked = await database.db
        .selectFrom('planPlace')
        .select('id')
        .where('planId', '=', planId)
        .where('topRank', 'is not', null)
        .execute();
      expect(ranked).toHaveLength(0);
    });

    it('never stores a place of another organisation', async () => {
      const mine = await newPlanWithPlaces(['Buurthuis']);
      const theirs = await newPlanWithPlaces(['Geheime plek']);
      const foreign = theirs.placeIds[0] ?? '';

      const top = await mine.client.post(`/plannen/${mine.planId}/stap/3`, {
        intent: 'top-3',
        top1: foreign,
        reason1: '',
        top2: '',
        reason2: '',
        top3: '',
        reason3: '',
      });
      const contact = await mine.client.post(`/plannen/${mine.planId}/stap/3`, {
        ...moment,
        placeId: foreign,
      });
      const visited = await mine.client.post(`/plannen/${mine.planId}/stap/4`, {
        ...visit,
        placeId: foreign,
      });

      for (const response of [top, contact, visited]) {
        expect([400, 404]).toContain(response.status);
      }
      const stored = await database.db
        .selectFrom('planPlace')
        .select('topRank')
        .where('placeId', '=', foreign)
        .execute();
      expect(stored).toEqual([{ topRank: null }]);
      const contacts = await database.db
        .selectFrom('contactMoment')
        .select('id')
        .where('planId', '=', mine.planId)
        .execute();
      const visits = await database.db
        .selectFrom('visit')
        .select('id')
        .where('planId', '=', mine.planId)
        .execute();
      expect(contacts).toHaveLength(0);
      expect(visits).toHaveLength(0);
      expect(await mine.client.html(`/plannen/${mine.planId}/stap/3`)).not.toContain(
        'Geheime plek',
      );
    });
  });

  describe('step 4: visits and reliability', () => {
    it('adds a planned visit, marks it done and lists it under "Gedaan"', async () => {
      const { client, planId, placeIds } = await newPlanWithPlaces(['Buurthuis De Linde']);

      const added = await follow(
        client,
        await client.post(`/plannen/${planId}/stap/4`, {
          ...visit,
          placeId: placeIds[0] ?? '',
          visitOn: '02-04-2027',
        }),
      );
      expect(added).toContain('2 april 2027');
      expect(added).toContain('Buurthuis De Linde (Koffieochtend buurthuis De Linde)');
      const { id } = await database.db
        .selectFrom('visit')
        .select('id')
        .where('planId', '=', planId)
        .executeTakeFirstOrThrow();

      const marked = await client.post(`/plannen/${planId}/stap/4`, {
        intent: 'bezoek-gedaan',
        id,
      });
      expect(marked.status).toBe(302);
      await follow(
        client,
        await client.post(`/plannen/${planId}/stap/4?wijzig=${id}`, {
          ...visit,
          intent: 'bezoek-wijzig',
          id,
          updatedAt: editTokenOf(await client.html(`/plannen/${planId}/stap/4?wijzig=${id}`)),
          placeId: placeIds[0] ?? '',
          visitOn: '2027-04-02',
          visitStatus: 'gedaan',
          parentsBusyWith: 'Ouders praten veel over de hoge energierekening.',
        }),
      );

      const page = await client.html(`/plannen/${planId}/stap/4`);
      const doneAt = page.indexOf('<h3>Gedaan');
      expect(doneAt).toBeGreaterThan(0);
      expect(page.indexOf('Ouders praten veel over de hoge energierekening.')).toBeGreaterThan(
        doneAt,
      );
      expect(page).toContain('Er staan geen bezoeken gepland.');
      const stored = await database.db
        .selectFrom('visit')
        .select(['status', 'visitOn'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ status: 'gedaan', visitOn: '2027-04-02' });
    });

    it('asks for a place and a date for a visit', async () => {
      const { client, planId } = await newPlanWithPlaces();

      const response = await client.post(`/plannen/${planId}/stap/4`, {
        ...visit,
        placeText: '',
        visitOn: '',
        notes: 'Iets om te bewaren',
      });

      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain('Kies een plek uit de lijst, of typ waar je naartoe gaat.');
      expect(page).toContain('Iets om te bewaren');
    });

    it('saves the reliability checklist and shows it again after a reload', async () => {
      const { client, planId } = await newPlanWithPlaces();

      await follow(
        client,
        await client.post(`/plannen/${planId}/stap/4`, {
          intent: 'betrouwbaar',
          'punt-aanwezig': 'on',
          'notities-aanwezig': 'Elke dinsdag op de koffieochtend.',
          'notities-snel-antwoord': 'Nog lastig met mijn rooster.',
          'punt-waarmaken': 'on',
        }),
      );
      await follow(
        client,
        await client.post(`/plannen/${planId}/stap/4`, {
          intent: 'betrouwbaar',
          'punt-aanwezig': 'on',
          'notities-aanwezig': 'Elke dinsdag en donderdag.',
          'notities-snel-antwoord': 'Nog lastig met mijn rooster.',
        }),
      );

      const page = await client.html(`/plannen/${planId}/stap/4`);
      expect(page).toContain('Elke dinsdag en donderdag.');
      expect(page).toContain('Nog lastig met mijn rooster.');
      expect(page).toMatch(/<strong>1 van de 4<\/strong>/);
      const rows = await database.db
        .selectFrom('reliabilityCheck')
        .select(['point', 'checked'])
        .where('planId', '=', planId)
        .orderBy('point')
        .execute();
      expect(rows).toEqual([
        { point: 'aanwezig', checked: 1 },
        { point: 'duidelijke-afspraken', checked: 0 },
        { point: 'snel-antwoord', checked: 0 },
        { point: 'waarmaken', checked: 0 },
      ]);
    });
  });

  describe('step status and access', () => {
    it('sets a step to "klaar" and shows it in the step navigation', async () => {
      const { client, planId } = await newPlanWithPlaces();

      for (const step of [3, 4]) {
        const page = await follow(
          client,
          await client.post(`/plannen/${planId}/stap/${step}`, {
            intent: 'stap-status',
            status: 'klaar',
          }),
        );
        const link = new RegExp(
          `href="/plannen/${planId}/stap/${step}"[^>]*>.*?status-badge--klaar">Klaar<`,
        );
        expect(page).toMatch(link);
      }
      const invalid = await client.post(`/plannen/${planId}/stap/3`, {
        intent: 'stap-status',
        status: 'half',
      });
      expect(invalid.status).toBe(400);
    });

    it('answers 404 for the pages and posts of another organisation', async () => {
      const owner = await newPlanWithPlaces(['Buurthuis']);
      await follow(
        owner.client,
        await owner.client.post(`/plannen/${owner.planId}/stap/3`, moment),
      );
      const { id: momentId } = await database.db
        .selectFrom('contactMoment')
        .select('id')
        .where('planId', '=', owner.planId)
        .executeTakeFirstOrThrow();
      const other = await newPlanWithPlaces();

      for (const step of [3, 4]) {
        expect((await other.client.get(`/plannen/${owner.planId}/stap/${step}`)).status).toBe(404);
        const post = await other.client.post(`/plannen/${owner.planId}/stap/${step}`, {
          intent: 'stap-status',
          status: 'klaar',
        });
        expect(post.status).toBe(404);
      }
      const edit = await other.client.get(`/plannen/${other.planId}/stap/3?wijzig=${momentId}`);
      expect(edit.status).toBe(404);
      const remove = await other.client.post(`/plannen/${other.planId}/stap/3`, {
        intent: 'contactmoment-verwijderen',
        id: momentId,
      });
      expect(remove.status).toBe(404);
      const change = await other.client.post(`/plannen/${other.planId}/stap/3`, {
        ...moment,
        intent: 'contactmoment-wijzig',
        id: momentId,
        updatedAt: new Date().toISOString(),
        withWhom: 'Gekaapt',
      });
      expect(change.status).toBe(404);
      const still = await database.db
        .selectFrom('contactMoment')
        .select('withWhom')
        .where('id', '=', momentId)
        .executeTakeFirstOrThrow();
      expect(still.withWhom).toBe(moment.withWhom);
      const plan = await database.db
        .selectFrom('plan')
        .select('stepStatus')
        .where('id', '=', owner.planId)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(plan.stepStatus)).toMatchObject({ 3: 'bezig', 4: 'niet-begonnen' });
    });
  });
});
