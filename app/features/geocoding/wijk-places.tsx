import { Link, useRouteLoaderData } from 'react-router';
import type { WijkPlaces as WijkPlacesData } from './wijk-places.server';

// "Welke plekken liggen in je wijken?": the plan's meeting places per wijk of the plan. The data
// comes with the plan layout's loader, so a step page shows this with one line.

type LayoutData = { plan: { id: string }; wijkPlaces: WijkPlacesData };

const places = (n: number) => (n === 1 ? '1 plek' : `${n} plekken`);

export function WijkPlaces() {
  const layout = useRouteLoaderData('features/plans/plan-layout') as LayoutData | undefined;
  if (!layout) return null;
  const { plan, wijkPlaces } = layout;
  const card = `/plannen/${plan.id}/overzichtskaart`;
  if (wijkPlaces.wijken.length === 0) return null;
  return (
    <section aria-labelledby="plekken-per-wijk" className="panel wijk-places">
      <h2 id="plekken-per-wijk">Ontmoetingsplekken in je wijken</h2>
      <p>
        Deze plekken van je overzichtskaart liggen in de wijken van dit plan. We zien dat aan het
        adres.
      </p>
      {wijkPlaces.wijken.map((wijk) => (
        <div key={wijk.code}>
          <h3>
            {wijk.name}{' '}
            <span className="wijk-places__count">{`(${places(wijk.places.length)})`}</span>
          </h3>
          {wijk.places.length > 0 ? (
            <ul>
              {wijk.places.map((place) => (
                <li key={place.id}>
                  <Link to={`${card}#plek-${place.id}`}>
                    <span dir="auto">{place.name}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>Nog geen plekken in deze wijk.</p>
          )}
        </div>
      ))}
      {wijkPlaces.elsewhere.length > 0 ? (
        <p>
          {`Buiten je wijken: ${wijkPlaces.elsewhere
            .map((p) => (p.wijkName ? `${p.name} (${p.wijkName})` : p.name))
            .join(', ')}.`}
        </p>
      ) : null}
      {wijkPlaces.withoutWijk > 0 ? (
        <p>
          {`Van ${places(wijkPlaces.withoutWijk)} weten we de wijk nog niet, omdat het adres niet gevonden is. `}
          <Link to={`${card}#kaart-van-plekken`}>Zoek de adressen op</Link>
        </p>
      ) : null}
    </section>
  );
}
