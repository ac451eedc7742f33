import type { Db } from '../../lib/db/database.server.ts';
import { logger } from '../../lib/logger.server.ts';

// A scheduled job runs once per period, however many app processes there are: each process
// tries to claim the period by inserting (job, period) into job_run, the primary key. The insert
// is one statement, so it is atomic on SQLite and PostgreSQL alike; only the process whose row
// went in does the work. A process that dies halfway leaves the claim, and the next period
// catches up: the jobs pick up everything that is due, not only what became due that period.

/** Whether this process got the run of `job` for `period`. */
export async function claimJobRun(
  db: Db,
  input: { job: string; period: string; now: Date },
): Promise<boolean> {
  try {
    const result = await db
      .insertInto('jobRun')
      .values({ job: input.job, period: input.period, startedAt: input.now.toISOString() })
      .onConflict((oc) => oc.columns(['job', 'period']).doNothing())
      .returning('job')
      .executeTakeFirst();
    return result !== undefined;
  } catch (error) {
    // SQLite answers "busy" when another process holds the write lock for longer than the
    // busy timeout: that process is doing this period's work.
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  }
}

export async function finishJobRun(
  db: Db,
  input: { job: string; period: string; result: unknown },
): Promise<void> {
  await db
    .updateTable('jobRun')
    .set({ finishedAt: new Date().toISOString(), result: JSON.stringify(input.result) })
    .where('job', '=', input.job)
    .where('period', '=', input.period)
    .execute();
}

/** The runs of a job, newest first (for the beheerder's page and the tests). */
export async function listJobRuns(db: Db, { job, limit = 10 }: { job: string; limit?: number }) {
  return db
    .selectFrom('jobRun')
    .select(['period', 'startedAt', 'finishedAt', 'result'])
    .where('job', '=', job)
    .orderBy('period', 'desc')
    .limit(limit)
    .execute();
}

export function logJobFailure(job: string, error: unknown): void {
  logger.error({ err: error, job }, 'scheduled job failed');
}
