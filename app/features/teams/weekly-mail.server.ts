import { DateTime } from 'luxon';
import { claimJobRun, finishJobRun } from '~/features/privacy/job-run.server';
import { getConfig } from '~/lib/config.server';
import type { DatabaseHandle } from '~/lib/db/database.server';
import { logger } from '~/lib/logger.server';
import { mailConfigured, sendMail } from '~/lib/mail.server';
import { listPlanOverview } from './overview.server';

// The weekly e-mail with what is due: once per ISO week (Europe/Amsterdam), from Monday morning
// on, each member gets one short mail about the plans they are responsible for (a leidinggevende:
// all active plans of the organisation). Only what the manager overview shows, and no names of
// parents: the kind of each contact this week with its short purpose, and counts of late
// answers and open or late promises. Nothing is sent without SMTP, to a person who turned it
// off, or when nothing is due. A mail server that is down is logged; the job goes on.

export const WEEKLY_MAIL_JOB = 'weekmail';
const ZONE = 'Europe/Amsterdam';
/** The job does not start before this hour on Monday (local time). */
const START_HOUR = 7;

/** The ISO week of `now` in Amsterdam, like '2026-W49'. */
export function weeklyMailPeriod(now: Date): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toFormat("kkkk-'W'WW");
}

export type WeeklyMailResult = { members: number; sent: number; failed: number };

type Overview = Awaited<ReturnType<typeof listPlanOverview>>[number];

/** Claims this week's run and, when this process got it, sends the mails. */
export async function runWeeklyMailJob(
  database: Pick<DatabaseHandle, 'db' | 'raw'>,
  { now = new Date() }: { now?: Date } = {},
): Promise<{ ran: false; reason: string } | ({ ran: true } & WeeklyMailResult)> {
  if (!mailConfigured()) return { ran: false, reason: 'geen-smtp' };
  const local = DateTime.fromJSDate(now, { zone: ZONE });
  if (local.weekday === 1 && local.hour < START_HOUR) return { ran: false, reason: 'te-vroeg' };
  const period = weeklyMailPeriod(now);
  if (!(await claimJobRun(database.db, { job: WEEKLY_MAIL_JOB, period, now }))) {
    return { ran: false, reason: 'al-gedaan' };
  }
  const result = await sendWeeklyMails(database, { now });
  await finishJobRun(database.db, { job: WEEKLY_MAIL_JOB, period, result });
  return { ran: true, ...result };
}

async function sendWeeklyMails(
  { db, raw }: Pick<DatabaseHandle, 'db' | 'raw'>,
  { now }: { now: Date },
): Promise<WeeklyMailResult> {
  const today = DateTime.fromJSDate(now, { zone: ZONE }).toISODate() ?? '';
  const members = await raw
    .selectFrom('member')
    .innerJoin('user', 'user.id', 'member.userId')
    .select(['member.organizationId', 'member.userId', 'member.role', 'user.email'])
    .execute();
  const off = new Set(
    (
      await db.selectFrom('userMailSetting').select('userId').where('weeklyMail', '=', 0).execute()
    ).map((row) => row.userId),
  );
  const responsible = new Map(
    (
      await db
        .selectFrom('plan')
        .select(['id', 'responsibleId'])
        .where('status', '=', 'actief')
        .where('deletedAt', 'is', null)
        .execute()
    ).map((row) => [row.id, row.responsibleId]),
  );
  const overviews = new Map<string, Overview[]>();
  // One mail per person, also for someone who is a member of more than one organisation.
  const people = new Map<string, { email: string; plans: Overview[] }>();
  for (const member of members) {
    if (off.has(member.userId)) continue;
    let plans = overviews.get(member.organizationId);
    if (!plans) {
      plans = await listPlanOverview(db, { organisationId: member.organizationId, today, now });
      overviews.set(member.organizationId, plans);
    }
    const mine = member.role.split(',').includes('manager')
      ? plans
      : plans.filter((plan) => responsible.get(plan.id) === member.userId);
    const person = people.get(member.userId) ?? { email: member.email, plans: [] };
    person.plans.push(...mine);
    people.set(member.userId, person);
  }
  const result: WeeklyMailResult = { members: 0, sent: 0, failed: 0 };
  for (const person of people.values()) {
    const text = weeklyMailText(person.plans);
    if (!text) continue;
    result.members += 1;
    let sent = false;
    try {
      sent = await sendMail({ to: person.email, subject: 'Wat er deze week te doen is', text });
    } catch (error) {
      logger.warn({ err: (error as Error).message, job: WEEKLY_MAIL_JOB }, 'weekly mail failed');
    }
    if (sent) result.sent += 1;
    else result.failed += 1;
  }
  if (result.failed > 0) {
    logger.warn({ job: WEEKLY_MAIL_JOB, failed: result.failed }, 'weekly mails not sent');
  }
  return result;
}

const KIND_LABELS: Record<string, string> = {
  contactmoment: 'Contactmoment',
  bezoek: 'Bezoek',
  bijeenkomst: 'Bijeenkomst',
};

function dayLabel(date: string, time: string): string {
  const day = DateTime.fromISO(date, { locale: 'nl' }).toFormat('cccc d LLLL');
  return time ? `${day}, ${time} uur` : day;
}

function countText(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The text of one person's mail; null when nothing is due. */
export function weeklyMailText(plans: Overview[]): string | null {
  const { baseUrl } = getConfig();
  const parts: string[] = [];
  for (const plan of plans) {
    const contacts = plan.thisWeek.filter((entry) => !entry.cancelled);
    const openOnTime = plan.openPromises - plan.latePromises;
    if (contacts.length === 0 && plan.lateAnswers === 0 && plan.openPromises === 0) continue;
    const lines = [plan.title, `${baseUrl}/plannen/${plan.id}`];
    if (contacts.length > 0) {
      lines.push('', 'Deze week:');
      for (const entry of contacts) {
        const label = KIND_LABELS[entry.kind] ?? 'Afspraak';
        const purpose = entry.purpose.trim().split('\n')[0]?.slice(0, 80) ?? '';
        lines.push(
          `- ${dayLabel(entry.date, entry.time)}: ${label}${purpose ? `. ${purpose}` : ''}`,
        );
      }
    }
    if (plan.lateAnswers > 0) {
      lines.push(
        '',
        `${countText(plan.lateAnswers, 'vraag wacht', 'vragen wachten')} te lang op een antwoord.`,
      );
    }
    if (plan.latePromises > 0) {
      lines.push(
        `${countText(plan.latePromises, 'belofte is', 'beloftes zijn')} te laat. Doe wat je beloofde, of laat weten waarom het later wordt.`,
      );
    }
    if (openOnTime > 0) {
      lines.push(`${countText(openOnTime, 'belofte staat', 'beloftes staan')} nog open.`);
    }
    parts.push(lines.join('\n'));
  }
  if (parts.length === 0) return null;
  return [
    'Hallo,',
    '',
    'Dit is er deze week te doen in je plannen.',
    '',
    parts.join('\n\n---\n\n'),
    '',
    `Wil je deze mail niet meer krijgen? Zet hem uit op ${baseUrl}/account.`,
    '',
    'Ouders in de wijk',
  ].join('\n');
}

/** Whether a person gets the weekly mail (default: yes). */
export async function getWeeklyMail(db: DatabaseHandle['db'], userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('userMailSetting')
    .select('weeklyMail')
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row ? row.weeklyMail === 1 : true;
}

export async function setWeeklyMail(
  db: DatabaseHandle['db'],
  { userId, on }: { userId: string; on: boolean },
): Promise<void> {
  const values = { userId, weeklyMail: on ? 1 : 0, updatedAt: new Date().toISOString() };
  await db
    .insertInto('userMailSetting')
    .values(values)
    .onConflict((oc) =>
      oc
        .column('userId')
        .doUpdateSet({ weeklyMail: values.weeklyMail, updatedAt: values.updatedAt }),
    )
    .execute();
}
