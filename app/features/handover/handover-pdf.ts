import { loadPlanContext } from '~/features/plans/plan-context.server';
import { todayInAmsterdam } from '~/lib/dates';
import { forbidden } from '~/lib/http.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/handover-pdf';
import { renderHandoverPdf } from './handover-pdf.server';
import { loadHandoverSummary } from './handover-summary.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, scope, member } = await loadPlanContext(request, params.planId);
  if (scope.organisationId !== member.organisationId) forbidden();
  const { database } = await getRuntime();

  const summary = await loadHandoverSummary(db, database.raw, {
    ...scope,
    now: new Date(),
    today: todayInAmsterdam(),
  });
  const pdf = await renderHandoverPdf(summary);

  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="overdracht.pdf"',
      'Content-Length': String(pdf.byteLength),
      'Cache-Control': 'private, no-store',
    },
  });
}
