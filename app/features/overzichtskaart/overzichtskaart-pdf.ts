import { wijkName } from '~/features/geocoding/locate.server';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { listPlanAreas } from '~/features/plans/plans.server';
import type { Route } from './+types/overzichtskaart-pdf';
import { listCardCategories } from './overzichtskaart.server';
import { type PdfPlace, type PdfPlacesMap, renderOverzichtskaartPdf } from './pdf.server';
import { addressLine } from './place-format';
import type { PlanPlace } from './places.server';
import { outlinesForPlan } from './wijk-outlines.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const blank = new URL(request.url).searchParams.get('leeg') === '1';

  const cards = await listCardCategories(db, scope);
  const areas = await listPlanAreas(db, scope);
  const pdf = await renderOverzichtskaartPdf({
    planTitle: plan.title,
    municipality: plan.municipalityName,
    wijken: areas.map((a) => a.name),
    date: new Date(),
    blank,
    categories: cards.map((card) => ({
      name: card.label,
      places: blank ? [] : card.places.map(toPdfPlace),
    })),
    map: blank ? undefined : placesMap(cards, plan.municipalityCode, areas),
  });

  const filename = blank ? 'overzichtskaart-leeg.pdf' : 'overzichtskaart.pdf';
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Content-Length': String(pdf.byteLength),
      // The card holds names and phone numbers of contact persons: never keep it in a shared cache.
      'Cache-Control': 'private, no-store',
    },
  });
}

/** Numbered in the order of the cards, as on the page. */
function placesMap(
  cards: { places: PlanPlace[] }[],
  municipalityCode: string,
  areas: { kind: string; code: string | null }[],
): PdfPlacesMap {
  const all = cards.flatMap((card) => card.places);
  const located = all.filter((p) => p.latitude != null && p.longitude != null);
  return {
    places: located.map((place, index) => ({
      number: index + 1,
      name: place.name,
      address: addressLine(place),
      wijk: wijkName(place.wijkCode),
      latitude: place.latitude as number,
      longitude: place.longitude as number,
    })),
    outlines: outlinesForPlan({
      municipalityCode,
      wijkCodes: areas.flatMap((a) =>
        a.kind === 'wijk' && a.code
          ? [a.code]
          : a.kind === 'buurt' && a.code
            ? [`WK${a.code.slice(2, 8)}`]
            : [],
      ),
    }),
    notOnMap: all.length - located.length,
  };
}

function toPdfPlace(place: PlanPlace): PdfPlace {
  const rank = place.topRank;
  return {
    name: place.name,
    address: addressLine(place),
    whenParents: place.whenParents,
    organisation: place.organisationName,
    contactPerson: place.contactPerson,
    phone: place.phone,
    email: place.email,
    socialMedia: place.socialMedia,
    notes: place.notes,
    tipFrom: place.tipFrom,
    topRank: rank === 1 || rank === 2 || rank === 3 ? rank : null,
    topReason: place.topReason,
  };
}
