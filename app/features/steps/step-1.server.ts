import type { Plan, Scope } from '~/features/plans/plans.server';
import { markStepStarted, updateStepOne } from '~/features/plans/plans.server';
import type { Db } from '~/lib/db/database.server';
import type { StepOneAnswers } from './target-statement';

/** The step 1 answers of a plan, with the stored JSON lists read back. */
export function readStepOneAnswers(plan: Plan): StepOneAnswers {
  return {
    learnWhat: plan.learnWhat,
    needFor: plan.needFor,
    ages: readKeys(plan.ages),
    circumstances: readKeys(plan.circumstances),
    targetNotes: plan.targetNotes,
  };
}

function readKeys(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Saves the answers and marks step 1 as started, in one transaction. */
export async function saveStepOne(
  db: Db,
  input: Scope & {
    planId: string;
    learnWhat: string;
    needFor: string;
    ages: string[];
    circumstances: string[];
    targetNotes: string;
  },
) {
  await db.transaction().execute(async (trx) => {
    await updateStepOne(trx, {
      ...input,
      ages: [...new Set(input.ages)],
      circumstances: [...new Set(input.circumstances)],
    });
    await markStepStarted(trx, { ...input, step: 1 });
  });
}
