import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// Migrations are code in the bundle (not files on disk) so they run the same from `npm start`,
// the demo script and the tests. Never edit a migration that has shipped; add a new one.
// Columns are snake_case; ids and timestamps text; flags integer 0/1 (portable SQLite/PostgreSQL).

type AnyDb = Kysely<unknown>;

export const migrations: Record<string, Migration> = {
  '0001_plans_and_places': {
    async up(db: AnyDb) {
      await db.schema
        .createTable('plan')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('municipality_code', 'text', (c) => c.notNull())
        .addColumn('municipality_name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('actief'))
        .addColumn('learn_what', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('need_for', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('ages', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('circumstances', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('target_notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('step_status', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('planning_discussed_on', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute();
      await db.schema.createIndex('plan_org').on('plan').columns(['organisation_id']).execute();

      await db.schema
        .createTable('plan_area')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('code', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('why', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('plan_area_plan').on('plan_area').columns(['plan_id']).execute();

      await db.schema
        .createTable('category')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('category_org')
        .on('category')
        .columns(['organisation_id'])
        .execute();

      await db.schema
        .createTable('place')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('postcode', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('when_parents', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('organisation_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('contact_person', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('phone_normalized', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('social_media', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('tip_from', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute();
      await db.schema.createIndex('place_org').on('place').columns(['organisation_id']).execute();

      await db.schema
        .createTable('plan_place')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('place_id', 'text', (c) =>
          c.notNull().references('place.id').onDelete('cascade'),
        )
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('top_rank', 'integer')
        .addColumn('top_reason', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('plan_place_unique', ['plan_id', 'place_id'])
        .execute();

      await db.schema
        .createTable('contact_moment')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('place_id', 'text', (c) => c.references('place.id').onDelete('set null'))
        .addColumn('with_whom', 'text', (c) => c.notNull())
        .addColumn('planned_on', 'text', (c) => c.notNull())
        .addColumn('planned_time', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('gepland'))
        .addColumn('discussed_with_manager', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('discussed_on', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('visit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('place_id', 'text', (c) => c.references('place.id').onDelete('set null'))
        .addColumn('place_text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('visit_on', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('gepland'))
        .addColumn('parents_busy_with', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('reliability_check')
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('point', 'text', (c) => c.notNull())
        .addColumn('checked', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reliability_check_pk', ['plan_id', 'point'])
        .execute();

      await db.schema
        .createTable('work_method')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('when_text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('with_whom', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('learn_goal', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('insight')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('work_method_id', 'text', (c) =>
          c.references('work_method.id').onDelete('set null'),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('theme', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('feedback_action')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('what', 'text', (c) => c.notNull())
        .addColumn('to_whom', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('planned_on', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('done_on', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('pending_form')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      for (const table of [
        'contact_moment',
        'visit',
        'work_method',
        'insight',
        'feedback_action',
      ]) {
        await db.schema.createIndex(`${table}_plan`).on(table).columns(['plan_id']).execute();
      }
    },
  },
  '0002_place_location': {
    // Filled by geocoding (PDOK Locatieserver): WGS84 coordinates, the CBS wijk and buurt the
    // address lies in, and whether the last look-up found it ('gevonden' / 'niet-gevonden').
    async up(db: AnyDb) {
      for (const [column, type] of [
        ['latitude', 'real'],
        ['longitude', 'real'],
        ['wijk_code', 'text'],
        ['buurt_code', 'text'],
        ['geocode_status', 'text'],
        ['geocoded_at', 'text'],
      ] as const) {
        await db.schema.alterTable('place').addColumn(column, type).execute();
      }
    },
  },
  '0003_cbs_figures': {
    // CBS figures a member fetched from CBS online or imported from a CBS file, per organisation
    // and municipality. `source` is 'online', 'kwb-<year>' or 'ses'; a new fetch or import of the
    // same source replaces the old one. `figures` is JSON: year → region code → figure → value.
    async up(db: AnyDb) {
      await db.schema
        .createTable('cbs_figure_set')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('municipality_code', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('figures', 'text', (c) => c.notNull())
        .addColumn('fetched_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('cbs_figure_set_unique')
        .on('cbs_figure_set')
        .columns(['organisation_id', 'municipality_code', 'source'])
        .unique()
        .execute();
    },
  },
  '0004_place_coordinates_double': {
    // 0002 made the coordinates `real`: on PostgreSQL that is 4 bytes (about 7 digits, a few
    // metres off, and 52.1188 reads back as 52.11880111694336). Double precision as in SQLite.
    async up(db: AnyDb) {
      if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
      for (const column of ['latitude', 'longitude']) {
        await db.schema
          .alterTable('place')
          .alterColumn(column, (c) => c.setDataType('double precision'))
          .execute();
      }
    },
  },
  '0005_planning_calendar': {
    // Planning (issue 4): a length and a weekly repeat for contact moments and visits, a time and
    // "besproken met leidinggevende" for visits, and the private calendar subscription. Only a hash
    // of the subscription token is stored: the address itself is the secret.
    async up(db: AnyDb) {
      for (const table of ['contact_moment', 'visit']) {
        await db.schema.alterTable(table).addColumn('duration_minutes', 'integer').execute();
        await db.schema.alterTable(table).addColumn('repeat_weeks', 'integer').execute();
        await db.schema.alterTable(table).addColumn('repeat_until', 'text').execute();
      }
      await db.schema
        .alterTable('visit')
        .addColumn('visit_time', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema
        .alterTable('visit')
        .addColumn('discussed_with_manager', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('visit').addColumn('discussed_on', 'text').execute();

      await db.schema
        .createTable('calendar_feed')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('calendar_feed_member')
        .on('calendar_feed')
        .columns(['organisation_id', 'user_id'])
        .execute();
    },
  },
  '0005_register_contacts': {
    // The organisation's register of contacts (issue 4): organisations, contact persons and key
    // figures (socially active residents), shared by all plans, and a timeline per person.
    async up(db: AnyDb) {
      await db.schema
        .createTable('contact_organisation')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('phone_normalized', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute();
      await db.schema
        .createIndex('contact_organisation_org')
        .on('contact_organisation')
        .columns(['organisation_id'])
        .execute();

      await db.schema
        .createTable('contact_person')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('contact_organisation_id', 'text', (c) =>
          c.references('contact_organisation.id').onDelete('set null'),
        )
        .addColumn('place_id', 'text', (c) => c.references('place.id').onDelete('set null'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('phone_normalized', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('active_where', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('told', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('tips', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute();
      await db.schema
        .createIndex('contact_person_org')
        .on('contact_person')
        .columns(['organisation_id'])
        .execute();

      await db.schema
        .createTable('contact_event')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) =>
          c.notNull().references('contact_person.id').onDelete('cascade'),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('happened_on', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('contact_event_person')
        .on('contact_event')
        .columns(['person_id'])
        .execute();
    },
  },
  '0005_trust': {
    // Trust (issue 4): incoming contacts with an answer-time target per organisation, and the
    // promises made in a plan. Amounts are whole cents.
    async up(db: AnyDb) {
      await db.schema
        .createTable('organisation_setting')
        .addColumn('organisation_id', 'text', (c) => c.primaryKey())
        .addColumn('answer_target_days', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('incoming_contact')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('from_whom', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('about', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('answered_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('incoming_contact_plan')
        .on('incoming_contact')
        .columns(['plan_id'])
        .execute();

      await db.schema
        .createTable('promise')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('what', 'text', (c) => c.notNull())
        .addColumn('to_whom', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
        .addColumn('how_kept', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('promise_plan').on('promise').columns(['plan_id']).execute();
    },
  },
  '0005_trust_compensation': {
    // Compensation agreed with parents for taking part; amounts in whole cents.
    async up(db: AnyDb) {
      await db.schema
        .createTable('compensation')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('activity', 'text', (c) => c.notNull())
        .addColumn('form', 'text', (c) => c.notNull())
        .addColumn('amount_cents', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('agreed_with', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('paid_on', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('compensation_plan')
        .on('compensation')
        .columns(['plan_id'])
        .execute();
    },
  },
  '0006_work_sessions': {
    // Sessions of step 5 (a meeting with parents with one method). "session" is better-auth's
    // table, hence work_session. The checklist is a JSON list of the items that are done.
    async up(db: AnyDb) {
      await db.schema
        .createTable('work_session')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('start_time', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('end_time', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('expected_parents', 'integer')
        .addColumn('language_support', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('childcare', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('accessibility', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('compensation', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('invitation_text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('checklist', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('attended_parents', 'integer')
        .addColumn('notes_after', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('work_session_plan')
        .on('work_session')
        .columns(['plan_id'])
        .execute();
    },
  },
  '0007_visit_person': {
    // A visit names the person you meet there, like a contact moment (optional, free text).
    async up(db: AnyDb) {
      await db.schema
        .alterTable('visit')
        .addColumn('with_whom', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
    },
  },
  '0008_insights_feedback': {
    // The insights board and the feedback plan (issue 5). An insight gets its source (a session,
    // a visit or contact moment, a questionnaire; free text and optionally the session), a quote
    // without names, and whether it goes back to the parents. A feedback action gets what we
    // heard, what we will do and what we cannot do. feedback_poster holds the poster or letter.
    async up(db: AnyDb) {
      for (const column of ['quote', 'source_kind', 'source_text']) {
        await db.schema
          .alterTable('insight')
          .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
          .execute();
      }
      await db.schema.alterTable('insight').addColumn('session_id', 'text').execute();
      await db.schema
        .alterTable('insight')
        .addColumn('report_back', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      for (const column of ['heard', 'will_do', 'cannot_do']) {
        await db.schema
          .alterTable('feedback_action')
          .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
          .execute();
      }
      await db.schema
        .createTable('feedback_poster')
        .addColumn('plan_id', 'text', (c) =>
          c.primaryKey().references('plan.id').onDelete('cascade'),
        )
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('form', 'text', (c) => c.notNull().defaultTo('poster'))
        .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('closing', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0008_insights_translations': {
    // Texts for parents in other languages, written by the professional: the poster of step 6
    // (subject 'poster') and a session's invitation (subject 'uitnodiging', with session_id).
    async up(db: AnyDb) {
      await db.schema
        .createTable('parent_text_translation')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('session_id', 'text', (c) => c.references('work_session.id').onDelete('cascade'))
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('parent_text_translation_plan')
        .on('parent_text_translation')
        .columns(['plan_id'])
        .execute();
    },
  },
  '0008_planning_school_holidays': {
    // School holidays an organisation corrects or adds for its region, on top of the bundled
    // Rijksoverheid list (app/features/planning/school-holidays/).
    async up(db: AnyDb) {
      await db.schema
        .createTable('organisation_school_holiday')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('from_date', 'text', (c) => c.notNull())
        .addColumn('to_date', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('organisation_school_holiday_org')
        .on('organisation_school_holiday')
        .columns(['organisation_id'])
        .execute();
    },
  },
  '0008_teams': {
    // Invitations (to the organisation or to one plan), plans shared with people of other
    // organisations, comments on the planning and its approval by a manager.
    async up(db: AnyDb) {
      await db.schema
        .createTable('team_invite')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text')
        .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('invited_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('accepted_at', 'text')
        .addColumn('accepted_by', 'text')
        .execute();
      await db.schema
        .createIndex('team_invite_org')
        .on('team_invite')
        .columns(['organisation_id'])
        .execute();

      await db.schema
        .createTable('plan_share')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('access', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('plan_share_user_plan')
        .on('plan_share')
        .columns(['user_id', 'plan_id'])
        .unique()
        .execute();

      await db.schema
        .createTable('planning_comment')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text')
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('author_organisation', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('planning_comment_plan')
        .on('planning_comment')
        .columns(['plan_id'])
        .execute();

      await db.schema
        .createTable('planning_approval')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('approved_on', 'text', (c) => c.notNull())
        .addColumn('approved_by', 'text', (c) => c.notNull())
        .addColumn('approved_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('planning_approval_plan')
        .on('planning_approval')
        .columns(['plan_id'])
        .execute();
    },
  },
  '0009_handover': {
    // Who is responsible for a plan (the person who made it, until it is handed over) and the
    // record of every handover: who gave it to whom, who did it, and when. Names are kept as
    // they were then, so the record still reads right after someone leaves the team.
    async up(db: AnyDb) {
      await db.schema.alterTable('plan').addColumn('responsible_id', 'text').execute();
      await sql`update plan set responsible_id = created_by`.execute(db);

      await db.schema
        .createTable('plan_handover')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('from_user_id', 'text')
        .addColumn('from_name', 'text', (c) => c.notNull())
        .addColumn('to_user_id', 'text', (c) => c.notNull())
        .addColumn('to_name', 'text', (c) => c.notNull())
        .addColumn('by_user_id', 'text', (c) => c.notNull())
        .addColumn('by_name', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('plan_handover_plan')
        .on('plan_handover')
        .columns(['plan_id'])
        .execute();

      // Counters of requests per client address to public pages, per fixed time window, shared
      // by every app process (lib/request-limit.server.ts). Kept in this branch's one migration.
      await db.schema
        .createTable('request_limit')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'bigint', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('request_limit_window')
        .on('request_limit')
        .columns(['window_start'])
        .execute();
    },
  },
  '0009_privacy': {
    // AVG: the legal basis and consent of a person in the register, an audit log of who did what
    // with personal data, the retention period per organisation with the moment a plan was closed,
    // and the claims of scheduled jobs (one run per period, whatever the number of app processes).
    async up(db: AnyDb) {
      await db.schema
        .alterTable('contact_person')
        .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.alterTable('contact_person').addColumn('consent_on', 'text').execute();
      await db.schema
        .alterTable('contact_person')
        .addColumn('consent_how', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema
        .alterTable('contact_person')
        .addColumn('consent_for', 'text', (c) => c.notNull().defaultTo(''))
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text')
        .addColumn('subject_label', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema
        .createIndex('audit_log_org_at')
        .on('audit_log')
        .columns(['organisation_id', 'at'])
        .execute();

      await db.schema
        .createTable('job_run')
        .addColumn('job', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('result', 'text', (c) => c.notNull().defaultTo(''))
        .addPrimaryKeyConstraint('job_run_pk', ['job', 'period'])
        .execute();

      await db.schema
        .alterTable('organisation_setting')
        .addColumn('retention_months', 'integer', (c) => c.notNull().defaultTo(12))
        .execute();
      await db.schema.alterTable('plan').addColumn('closed_at', 'text').execute();
      await db.schema.alterTable('plan').addColumn('personal_data_removed_at', 'text').execute();
      // Plans closed before this migration count from their last change.
      await sql`update plan set closed_at = updated_at where status <> 'actief'`.execute(db);
    },
  },
  '0009_questionnaires': {
    // Short questionnaires for parents (step 5): questions, texts in other languages, answers
    // (anonymous unless a parent leaves contact details with consent), and the per-address
    // counter that limits public posts across all app processes.
    async up(db: AnyDb) {
      await db.schema
        .createTable('questionnaire')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('closes_on', 'text', (c) => c.notNull())
        .addColumn('public_token', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('questionnaire_plan')
        .on('questionnaire')
        .columns(['plan_id'])
        .execute();

      await db.schema
        .createTable('questionnaire_question')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('questionnaire_id', 'text', (c) =>
          c.notNull().references('questionnaire.id').onDelete('cascade'),
        )
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('questionnaire_question_questionnaire')
        .on('questionnaire_question')
        .columns(['questionnaire_id'])
        .execute();

      await db.schema
        .createTable('questionnaire_translation')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('questionnaire_id', 'text', (c) =>
          c.notNull().references('questionnaire.id').onDelete('cascade'),
        )
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('texts', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('questionnaire_translation_language')
        .on('questionnaire_translation')
        .columns(['questionnaire_id', 'language'])
        .unique()
        .execute();

      await db.schema
        .createTable('questionnaire_response')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('questionnaire_id', 'text', (c) =>
          c.notNull().references('questionnaire.id').onDelete('cascade'),
        )
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('contact', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('questionnaire_response_questionnaire')
        .on('questionnaire_response')
        .columns(['questionnaire_id'])
        .execute();

      await db.schema
        .createTable('questionnaire_answer')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('response_id', 'text', (c) =>
          c.notNull().references('questionnaire_response.id').onDelete('cascade'),
        )
        .addColumn('question_id', 'text', (c) =>
          c.notNull().references('questionnaire_question.id').onDelete('cascade'),
        )
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('questionnaire_answer_question')
        .on('questionnaire_answer')
        .columns(['question_id'])
        .execute();
      await db.schema
        .createIndex('questionnaire_answer_response')
        .on('questionnaire_answer')
        .columns(['response_id'])
        .execute();

      // key: a SHA-256 of the address and what it posts to; the address itself is not stored.
      await db.schema
        .createTable('public_post_limit')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();
    },
  },
  '0010_weekly_mail': {
    // Per person: whether the weekly e-mail with what is due is wanted. No row means yes.
    async up(db: AnyDb) {
      await db.schema
        .createTable('user_mail_setting')
        .addColumn('user_id', 'text', (c) => c.primaryKey())
        .addColumn('weekly_mail', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
};
