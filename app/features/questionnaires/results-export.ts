import { loadPlanContext } from '~/features/plans/plan-context.server';
import { toCsv, toXlsx } from '~/features/spreadsheets/sheet';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/results-export';
import { getQuestionnaire, listQuestions, listResponses } from './questionnaires.server';
import { responseColumns } from './results-table';

// `/plannen/{id}/vragenlijsten/{id}/export/antwoorden.csv` (and .xlsx): every filled-in
// questionnaire as a row, for Dutch Excel (sheet.ts: semicolons, BOM, no formulas).

const FILE = /^antwoorden\.(xlsx|csv)$/;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, scope } = await loadPlanContext(request, params.planId);
  const format = FILE.exec(params.file)?.[1] as 'xlsx' | 'csv' | undefined;
  if (!format) notFound();
  const questionnaire = await getQuestionnaire(db, {
    ...scope,
    questionnaireId: params.questionnaireId,
  });
  const input = { ...scope, questionnaireId: questionnaire.id };
  const questions = await listQuestions(db, input);
  const rows = (await listResponses(db, input)).map((r, index) => ({ ...r, number: index + 1 }));
  const columns = responseColumns(questions);

  const body =
    format === 'csv'
      ? new TextEncoder().encode(toCsv(columns, rows))
      : await toXlsx('Antwoorden', columns, rows);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="antwoorden.${format}"`,
      // Contact details of parents who agreed to be called: never in a shared cache.
      'Cache-Control': 'private, no-store',
    },
  });
}
