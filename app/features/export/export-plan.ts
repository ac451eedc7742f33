import { loadPlanContext } from '~/features/plans/plan-context.server';
import type { Route } from './+types/export-plan';
import { exportPlanDocument, planDocumentFileName } from './export.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, scope, plan } = await loadPlanContext(request, params.planId);
  const now = new Date();
  const document = await exportPlanDocument(db, scope, now);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${planDocumentFileName(plan.title, now)}"`,
      // The document holds contact persons' names and phone numbers: keep it out of caches.
      'Cache-Control': 'no-store',
    },
  });
}
