import { loadPlanContext } from '~/features/plans/plan-context.server';
import type { Route } from './+types/feedback-poster-pdf';
import { loadPoster } from './feedback-poster.server';
import { renderFeedbackPosterPdf } from './feedback-poster-pdf.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, scope } = await loadPlanContext(request, params.planId);

  const poster = await loadPoster(db, scope);
  const pdf = await renderFeedbackPosterPdf(poster);

  const filename = poster.form === 'brief' ? 'brief-voor-ouders.pdf' : 'poster-voor-ouders.pdf';
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Content-Length': String(pdf.byteLength),
      'Cache-Control': 'private, no-store',
    },
  });
}
