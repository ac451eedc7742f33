import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { FormErrorSummary, FormScope, TextField } from '~/components/form';
import { canManageOrganisation } from '~/features/auth/organisation.server';
import { CONTACT_MOMENT_STATUSES, labelOf, VISIT_STATUSES } from '~/features/plans/domain';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { PlanningReview } from '~/features/teams/planning-review';
import {
  loadPlanningReview,
  planningReviewAction,
} from '~/features/teams/planning-review-route.server';
import { formatCalendarDate, todayInAmsterdam } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/planning';
import { listPlanningItems, type PlanningItem } from './planning-items.server';
import {
  chosenDate,
  type Day,
  lateItems,
  monthWeeks,
  period,
  VIEWS,
  type View,
  weekDays,
  weekStart,
} from './planning-views';
import { describeRepeat } from './schedule-fields';
import { SCHOOL_REGION_LABELS, schoolRegionOf } from './school-holidays/municipality-regions';
import {
  addOrganisationSchoolHoliday,
  listOrganisationSchoolHolidays,
  removeOrganisationSchoolHoliday,
} from './school-holidays/organisation-school-holidays.server';
import {
  SCHOOL_HOLIDAY_NAME_MAX,
  schoolHolidaySchema,
} from './school-holidays/school-holiday-schema';
import { listSchoolHolidays, mergeSchoolHolidays } from './school-holidays/school-holidays';
import './planning.css';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, member, plan, scope, access } = await loadPlanContext(request, params.planId);
  const url = new URL(request.url);
  const asked = url.searchParams.get('weergave');
  const view: View = VIEWS.find((v) => v === asked) ?? 'week';
  const today = todayInAmsterdam();
  const date = chosenDate(url.searchParams.get('datum'), today);

  const items = (await listPlanningItems(db, scope)).map(shownItem);
  const region = schoolRegionOf(plan.municipalityCode);
  const ownSchoolHolidays = region
    ? await listOrganisationSchoolHolidays(db, { organisationId: scope.organisationId, region })
    : [];
  const schoolHolidays = region
    ? mergeSchoolHolidays(
        listSchoolHolidays().filter((p) => p.region === region),
        ownSchoolHolidays,
      )
    : [];
  return {
    plan: { id: plan.id, title: plan.title, planningDiscussedOn: plan.planningDiscussedOn },
    view,
    date,
    today,
    region,
    late: lateItems(items, today),
    thisWeek: weekDays(items, today, today, schoolHolidays),
    week: view === 'week' ? weekDays(items, date, today, schoolHolidays) : [],
    month: view === 'maand' ? monthWeeks(items, date, today, schoolHolidays) : [],
    list: view === 'lijst' ? items : [],
    // The list view names the school holidays still to come (and the one going on).
    listSchoolHolidays: view === 'lijst' ? schoolHolidays.filter((p) => p.to >= today) : [],
    ownSchoolHolidays: view === 'lijst' ? ownSchoolHolidays : [],
    canCorrectSchoolHolidays: access.level === 'organisatie' && canManageOrganisation(member.role),
    ...period(view, date),
    canEdit: access.can.edit,
    review: await loadPlanningReview(db, scope, access, items),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const intent = String((await request.clone().formData()).get('intent') ?? '');
  if (intent === 'reactie' || intent === 'goedkeuren') {
    return planningReviewAction(request, params.planId);
  }
  const { db, member, plan, scope, access } = await loadPlanContext(request, params.planId);
  // The school holidays hold for the whole organisation, so only its own beheerder changes them
  // (not a partner from another organisation, whatever their role there).
  if (access.level !== 'organisatie' || !canManageOrganisation(member.role)) {
    throw data('Alleen de beheerder van je organisatie kan schoolvakanties aanpassen.', {
      status: 403,
    });
  }
  const region = schoolRegionOf(plan.municipalityCode);
  if (!region) notFound();
  const formData = await request.formData();
  const back = `/plannen/${scope.planId}/planning?weergave=lijst#schoolvakanties`;
  const organisationId = scope.organisationId;

  if (intent === 'schoolvakantie-nieuw') {
    const parsed = parseForm(schoolHolidaySchema, formData);
    if (!parsed.ok) {
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    }
    await addOrganisationSchoolHoliday(db, {
      organisationId,
      fields: {
        region,
        name: parsed.data.holidayName,
        from: parsed.data.holidayFrom,
        to: parsed.data.holidayTo,
      },
    });
    return redirectWithFlash(request, back, {
      kind: 'ok',
      text: 'De schoolvakantie is opgeslagen. Ze geldt voor alle plannen in deze regio.',
    });
  }
  if (intent === 'schoolvakantie-verwijderen') {
    const id = String(formData.get('id') ?? '');
    if (id === '' || id.length > 64) notFound();
    await removeOrganisationSchoolHoliday(db, { organisationId, schoolHolidayId: id });
    return redirectWithFlash(request, back, {
      kind: 'ok',
      text: 'Je aanpassing is weg. De gewone schoolvakantie staat er weer.',
    });
  }
  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

/** Only what the page shows: no notes travel to the browser. */
function shownItem(item: PlanningItem) {
  return {
    kind: item.kind,
    id: item.id,
    summary: item.summary,
    placeName: item.placeName,
    status: item.status,
    discussedOn: item.discussedOn,
    date: item.date,
    time: item.time,
    durationMinutes: item.durationMinutes,
    repeatWeeks: item.repeatWeeks,
    repeatUntil: item.repeatUntil,
  };
}

type Item = ReturnType<typeof shownItem>;

const VIEW_LABELS: Record<View, string> = { week: 'Week', maand: 'Maand', lijst: 'Lijst' };

const weekdayFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const monthFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'UTC',
  month: 'long',
  year: 'numeric',
});

function noon(isoDate: string) {
  return new Date(`${isoDate}T12:00:00Z`);
}

function dayName(isoDate: string) {
  return weekdayFormat.format(noon(isoDate));
}

function statusLabel(item: Item) {
  if (item.kind === 'bijeenkomst') return item.status === 'geweest' ? 'Geweest' : 'Gepland';
  return item.kind === 'contactmoment'
    ? labelOf(CONTACT_MOMENT_STATUSES, item.status)
    : labelOf(VISIT_STATUSES, item.status);
}

function itemUrl(planId: string, item: Item) {
  if (item.kind === 'bijeenkomst') return `/plannen/${planId}/bijeenkomsten/${item.id}`;
  return item.kind === 'contactmoment'
    ? `/plannen/${planId}/stap/3?wijzig=${item.id}#contactmoment-${item.id}`
    : `/plannen/${planId}/stap/4?wijzig=${item.id}#bezoek-${item.id}`;
}

export default function Planning({ loaderData }: Route.ComponentProps) {
  const { plan, view, date, today, region, late, thisWeek, week, month, list, previous, next } =
    loaderData;
  const base = `/plannen/${plan.id}/planning`;
  const thisWeekCount = thisWeek.reduce((sum, d) => sum + d.entries.length, 0);
  return (
    <>
      <title>{`Planning – ${plan.title} – Ouders in de wijk`}</title>
      <h1>Planning</h1>
      <div className="guidance">
        <p>
          Hier zie je alle contactmomenten (stap 3), bezoeken (stap 4) en bijeenkomsten (stap 5) van
          dit plan bij elkaar. Feestdagen staan erbij. Wijzigen doe je bij de stap zelf.
        </p>
        <p>
          {region
            ? `Ook de schoolvakanties van ${SCHOOL_REGION_LABELS[region]} staan erbij. Scholen mogen een paar dagen afwijken: vraag het na bij de school.`
            : 'De schoolvakanties staan er niet bij: we weten niet in welke regio de gemeente van dit plan ligt.'}
        </p>
      </div>

      <p className="planning-discussed">
        {plan.planningDiscussedOn
          ? `De planning is besproken met je leidinggevende op ${formatCalendarDate(plan.planningDiscussedOn)}.`
          : 'De planning is nog niet besproken met je leidinggevende.'}{' '}
        {loaderData.canEdit ? (
          <Link to={`/plannen/${plan.id}/stap/3#planning-besproken`}>Aanpassen</Link>
        ) : null}
      </p>
      <p className="planning-links">
        {loaderData.canEdit ? (
          <>
            <Link to={`/plannen/${plan.id}/stap/3#contactmoment-toevoegen`}>
              Contactmoment toevoegen
            </Link>
            <Link to={`/plannen/${plan.id}/stap/4#bezoek-toevoegen`}>Bezoek toevoegen</Link>
          </>
        ) : null}
        <a href={`/plannen/${plan.id}/planning.ics`} download>
          Planning in je agenda zetten (.ics)
        </a>
        <Link to="/agenda">Abonneren met je agenda</Link>
      </p>

      <section aria-labelledby="te-laat" className="planning-late">
        <h2 id="te-laat">Te laat ({late.length})</h2>
        {late.length === 0 ? (
          <p>Niets is te laat. Goed bezig!</p>
        ) : (
          <>
            <p>
              Deze afspraken staan nog op gepland, maar de datum is voorbij. Is het gebeurd? Zet het
              dan op gedaan. Of zet een nieuwe datum.
            </p>
            <ul className="planning-entries">
              {late.map((item) => (
                <li key={`${item.kind}-${item.id}`} className="planning-entry panel">
                  <EntryText item={item} when={formatCalendarDate(item.repeatUntil ?? item.date)} />
                  <Link to={itemUrl(plan.id, item)}>
                    Bijwerken<span className="visually-hidden">: {item.summary}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="deze-week">
        <h2 id="deze-week">Deze week ({thisWeekCount})</h2>
        {thisWeekCount === 0 ? (
          <p>Je hebt deze week niets gepland.</p>
        ) : (
          <ul className="planning-entries">
            {thisWeek.flatMap((d) =>
              d.entries.map((e) => (
                <li key={`${e.item.kind}-${e.item.id}-${e.date}`} className="planning-entry">
                  <EntryText
                    item={e.item}
                    when={`${dayName(e.date)}${e.time ? `, ${e.time} uur` : ''}`}
                  />
                </li>
              )),
            )}
          </ul>
        )}
      </section>

      <section aria-labelledby="overzicht">
        <h2 id="overzicht">Overzicht</h2>
        <nav aria-label="Weergave van de planning" className="planning-views">
          <ul>
            {VIEWS.map((v) => (
              <li key={v}>
                <Link
                  to={`${base}?weergave=${v}&datum=${date}`}
                  aria-current={v === view ? 'page' : undefined}
                >
                  {VIEW_LABELS[v]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        {view === 'week' ? (
          <WeekView
            days={week}
            planId={plan.id}
            nav={{ base, previous, next, today, date, view }}
          />
        ) : null}
        {view === 'maand' ? (
          <MonthView weeks={month} nav={{ base, previous, next, today, date, view }} />
        ) : null}
        {view === 'lijst' ? <ListView items={list} planId={plan.id} /> : null}
        {view === 'lijst' && region ? (
          <SchoolHolidayList
            periods={loaderData.listSchoolHolidays}
            own={loaderData.ownSchoolHolidays}
            canCorrect={loaderData.canCorrectSchoolHolidays}
            region={region}
          />
        ) : null}
      </section>
      <PlanningReview review={loaderData.review} />
    </>
  );
}

type Nav = {
  base: string;
  previous: string;
  next: string;
  today: string;
  date: string;
  view: View;
};

function PeriodNav({ nav, unit }: { nav: Nav; unit: 'week' | 'maand' }) {
  return (
    <p className="planning-period-nav">
      <Link to={`${nav.base}?weergave=${nav.view}&datum=${nav.previous}`}>
        Vorige {unit === 'week' ? 'week' : 'maand'}
      </Link>
      <Link to={`${nav.base}?weergave=${nav.view}&datum=${nav.today}`}>
        {unit === 'week' ? 'Deze week' : 'Deze maand'}
      </Link>
      <Link to={`${nav.base}?weergave=${nav.view}&datum=${nav.next}`}>
        Volgende {unit === 'week' ? 'week' : 'maand'}
      </Link>
    </p>
  );
}

function EntryText({ item, when }: { item: Item; when: string }) {
  return (
    <span className="planning-entry__text">
      <strong>{when}</strong>: {item.summary}
      {item.kind !== 'bezoek' && item.placeName ? ` (${item.placeName})` : ''}
      <span className={`planning-status planning-status--${item.status}`}>{statusLabel(item)}</span>
    </span>
  );
}

function DayHolidays({ day }: { day: Day<Item> }) {
  return (
    <>
      {day.holidays.length > 0 ? (
        <span className="planning-holiday">{day.holidays.map((h) => h.name).join(', ')}</span>
      ) : null}
      {day.schoolHoliday ? (
        <span className="planning-school-holiday">{day.schoolHoliday}</span>
      ) : null}
    </>
  );
}

function SchoolHolidayList({
  periods,
  own,
  canCorrect,
  region,
}: {
  periods: { name: string; from: string; to: string }[];
  own: { id: string; name: string; from: string; to: string }[];
  canCorrect: boolean;
  region: keyof typeof SCHOOL_REGION_LABELS;
}) {
  return (
    <section aria-labelledby="schoolvakanties" className="planning-school-holidays">
      <h3 id="schoolvakanties" tabIndex={-1}>
        Schoolvakanties in {SCHOOL_REGION_LABELS[region]}
      </h3>
      {periods.length === 0 ? (
        <p>We hebben nog geen schoolvakanties voor de komende tijd.</p>
      ) : (
        <ul>
          {periods.map((p) => (
            <li key={`${p.name}-${p.from}`}>
              <strong>{p.name}</strong>: {formatCalendarDate(p.from)} tot en met{' '}
              {formatCalendarDate(p.to)}
            </li>
          ))}
        </ul>
      )}
      {own.length > 0 ? (
        <>
          <h4>Aangepast door je organisatie</h4>
          <ul>
            {own.map((p) => (
              <li key={p.id}>
                {p.name}: {formatCalendarDate(p.from)} tot en met {formatCalendarDate(p.to)}
                {canCorrect ? (
                  <Form method="post" className="planning-inline-form">
                    <input type="hidden" name="intent" value="schoolvakantie-verwijderen" />
                    <input type="hidden" name="id" value={p.id} />
                    <Button type="submit" appearance="secondary-action-button">
                      Aanpassing weghalen<span className="visually-hidden">: {p.name}</span>
                    </Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canCorrect ? (
        <FormScope intent="schoolvakantie-nieuw">
          <Form method="post" className="panel" id="schoolvakantie-nieuw">
            <h4>Schoolvakantie aanpassen of toevoegen</h4>
            <p>
              Wijkt een vakantie af in jullie regio? Vul dezelfde naam in (bijvoorbeeld
              Herfstvakantie) met de juiste dagen. Een andere naam komt erbij.
            </p>
            <FormErrorSummary />
            <input type="hidden" name="intent" value="schoolvakantie-nieuw" />
            <TextField
              name="holidayName"
              label="Naam van de vakantie"
              required
              maxLength={SCHOOL_HOLIDAY_NAME_MAX}
            />
            <TextField name="holidayFrom" label="Eerste dag" type="date" required maxLength={10} />
            <TextField name="holidayTo" label="Laatste dag" type="date" required maxLength={10} />
            <Button type="submit" appearance="secondary-action-button">
              Schoolvakantie opslaan
            </Button>
          </Form>
        </FormScope>
      ) : null}
    </section>
  );
}

function WeekView({ days, planId, nav }: { days: Day<Item>[]; planId: string; nav: Nav }) {
  const first = days[0]?.date ?? nav.date;
  const last = days.at(-1)?.date ?? nav.date;
  return (
    <>
      <h3>
        Week van {formatCalendarDate(first)} tot en met {formatCalendarDate(last)}
        {weekStart(nav.today) === first ? ' (deze week)' : ''}
      </h3>
      <PeriodNav nav={nav} unit="week" />
      <ol className="planning-week">
        {days.map((day) => (
          <li key={day.date} className={`planning-day${day.isToday ? ' planning-day--today' : ''}`}>
            <h4>
              {dayName(day.date)}
              {day.isToday ? ' (vandaag)' : ''} <DayHolidays day={day} />
            </h4>
            {day.entries.length === 0 ? (
              <p className="planning-empty">Niets gepland.</p>
            ) : (
              <ul className="planning-entries">
                {day.entries.map((e) => (
                  <li key={`${e.item.kind}-${e.item.id}`} className="planning-entry">
                    <EntryText item={e.item} when={e.time ? `${e.time} uur` : 'Hele dag'} />
                    <Link to={itemUrl(planId, e.item)}>
                      Wijzigen<span className="visually-hidden">: {e.item.summary}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function MonthView({ weeks, nav }: { weeks: (Day<Item> & { inMonth: boolean })[][]; nav: Nav }) {
  const title = monthFormat.format(noon(nav.date));
  return (
    <>
      <h3>{title.charAt(0).toUpperCase() + title.slice(1)}</h3>
      <PeriodNav nav={nav} unit="maand" />
      <table className="planning-month">
        <caption className="visually-hidden">Planning van {title}</caption>
        <thead>
          <tr>
            {['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'].map(
              (name) => (
                <th key={name} scope="col">
                  <abbr title={name}>{name.slice(0, 2)}</abbr>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.date}>
              {week.map((day) => (
                <td
                  key={day.date}
                  className={[
                    day.inMonth ? '' : 'planning-month__outside',
                    day.isToday ? 'planning-day--today' : '',
                    day.entries.length === 0 &&
                    day.holidays.length === 0 &&
                    day.schoolHoliday === null
                      ? 'planning-month__empty'
                      : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                >
                  <span className="planning-month__date">
                    <span aria-hidden="true">{Number(day.date.slice(8))}</span>
                    <span className="visually-hidden">{dayName(day.date)}</span>
                    <span className="planning-month__long" aria-hidden="true">
                      {dayName(day.date)}
                    </span>
                  </span>
                  <DayHolidays day={day} />
                  {day.entries.length > 0 ? (
                    <ul>
                      {day.entries.map((e) => (
                        <li key={`${e.item.kind}-${e.item.id}`}>
                          {e.time ? `${e.time} ` : ''}
                          {e.item.summary}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ListView({ items, planId }: { items: Item[]; planId: string }) {
  if (items.length === 0) return <p>Er staat nog niets in de planning.</p>;
  return (
    <div className="planning-table-wrap">
      <table className="data-table planning-list">
        <caption>Alle contactmomenten, bezoeken en bijeenkomsten</caption>
        <thead>
          <tr>
            <th scope="col">Wanneer</th>
            <th scope="col">Wat</th>
            <th scope="col">Stand</th>
            <th scope="col">Besproken met leidinggevende</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.kind}-${item.id}`}>
              <td>
                {formatCalendarDate(item.date)}
                {item.time ? `, ${item.time} uur` : ''}
                {item.repeatWeeks ? (
                  <>
                    <br />
                    {describeRepeat(item, formatCalendarDate)}
                  </>
                ) : null}
              </td>
              <td>
                <Link to={itemUrl(planId, item)}>{item.summary}</Link>
              </td>
              <td>{statusLabel(item)}</td>
              <td>{item.discussedOn ? formatCalendarDate(item.discussedOn) : 'Nee'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
