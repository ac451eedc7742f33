import { listFeedbackActions } from '~/features/steps/step-6.server';
import type { Db } from '~/lib/db/database.server';
import { nowIso } from '~/lib/db/ids';
import { listBoardInsights } from './insights.server';
import { composePoster, POSTER_DEFAULTS, type Poster, type PosterSettings } from './poster-content';

type PlanScope = { organisationId: string; planId: string };

export async function getPosterSettings(
  db: Db,
  { organisationId, planId }: PlanScope,
): Promise<PosterSettings> {
  const row = await db
    .selectFrom('feedbackPoster')
    .select(['form', 'title', 'intro', 'closing'])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return row ?? POSTER_DEFAULTS;
}

export async function savePosterSettings(
  db: Db,
  input: PlanScope & { settings: PosterSettings },
): Promise<void> {
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('feedbackPoster')
      .set({ ...input.settings, updatedAt: now })
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return;
    await trx
      .insertInto('feedbackPoster')
      .values({
        planId: input.planId,
        organisationId: input.organisationId,
        ...input.settings,
        updatedAt: now,
      })
      .execute();
  });
}

/** The poster of a plan: its settings, the marked insights and the feedback plan. */
export async function loadPoster(db: Db, scope: PlanScope): Promise<Poster> {
  const settings = await getPosterSettings(db, scope);
  const insights = (await listBoardInsights(db, scope)).filter((i) => i.reportBack);
  const actions = await listFeedbackActions(db, scope);
  return composePoster({ settings, insights, actions });
}
