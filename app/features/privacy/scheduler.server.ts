import { logger } from '../../lib/logger.server.ts';
import { getRuntime } from '../../lib/runtime.server.ts';
import { runWeeklyMailJob, WEEKLY_MAIL_JOB } from '../teams/weekly-mail.server.ts';
import { logJobFailure } from './job-run.server.ts';
import { RETENTION_JOB, runRetentionJob } from './retention.server.ts';

// Every app process starts this timer; the claim in job_run makes sure one process a day does
// the work (see job-run.server.ts). The first check comes shortly after start-up, so a server
// that restarts daily still runs the job.

const FIRST_CHECK_SECONDS = 30;

/** Starts the scheduled jobs; answers a function that stops them. */
export function startScheduledJobs(
  options: { intervalMs?: number; firstCheckMs?: number } = {},
): () => void {
  const minutes = Number(process.env.JOB_INTERVAL_MINUTES ?? 60);
  const intervalMs = options.intervalMs ?? (minutes > 0 ? minutes : 60) * 60_000;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { database } = await getRuntime();
      const result = await runRetentionJob(database.db);
      if (result.ran) logger.info({ job: RETENTION_JOB, ...result }, 'scheduled job done');
    } catch (error) {
      logJobFailure(RETENTION_JOB, error);
    }
    // Apart from retention: one failing job does not stop the other.
    try {
      const { database } = await getRuntime();
      const result = await runWeeklyMailJob(database);
      if (result.ran) logger.info({ job: WEEKLY_MAIL_JOB, ...result }, 'scheduled job done');
    } catch (error) {
      logJobFailure(WEEKLY_MAIL_JOB, error);
    } finally {
      running = false;
    }
  };
  const firstSeconds = Number(process.env.JOB_FIRST_CHECK_SECONDS ?? FIRST_CHECK_SECONDS);
  const first = setTimeout(
    () => void tick(),
    options.firstCheckMs ?? (firstSeconds >= 0 ? firstSeconds : FIRST_CHECK_SECONDS) * 1000,
  );
  const timer = setInterval(() => void tick(), intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
