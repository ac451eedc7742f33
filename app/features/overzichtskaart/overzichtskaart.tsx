import { ListForm, ListLink } from '~/components/list-link';
import './overzichtskaart.css';
import { Button } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { data, Form, useNavigation, useRevalidator } from 'react-router';
import {
  type EditConflict,
  EditConflictNotice,
  KEEP_STORED,
  SAVE_MINE,
} from '~/components/edit-conflict';
import { FormErrorSummary, FormScope, SelectField, TextField } from '~/components/form';
import { locatePlace, locatePlanPlaces } from '~/features/geocoding/geocode.server';
import {
  configuredPdok,
  locateAllMessage,
  retryMessage,
  savedPlaceMessage,
  wijkName,
} from '~/features/geocoding/locate.server';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { listPlanAreas } from '~/features/plans/plans.server';
import { getConfig } from '~/lib/config.server';
import { formatDate } from '~/lib/dates';
import type { Db } from '~/lib/db/database.server';
import { BIN_DAYS } from '~/lib/db/ids';
import { compareFields } from '~/lib/edit-conflict.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import { normalisePostcode } from '~/lib/normalise';
import type { Route } from './+types/overzichtskaart';
import { listCardCategories } from './overzichtskaart.server';
import { PlaceDetails, PlaceFields, type ShownPlace } from './place-form';
import {
  addressLine,
  estimatedPrintLines,
  PRINT_LINES_PER_PAGE,
  placesCount,
} from './place-format';
import {
  addPlaceSchema,
  editPlaceSchema,
  ownCategorySchema,
  PLACE_LIMITS,
  type PlaceFormFields,
  placeIdSchema,
  removeCategorySchema,
  renameCategorySchema,
} from './place-schema';
import {
  attachPlaceToPlan,
  createOwnCategory,
  createPlaceOnPlan,
  detachPlaceFromPlan,
  findCategoryNamed,
  getPlace,
  listCategories,
  listPlacesNotOnPlan,
  movePlaceToBin,
  removeOwnCategory,
  renameOwnCategory,
  restorePlaceWithChanges,
  updatePlace,
} from './places.server';

import { type MapPlace, PlacesMap, whenMapReady } from './places-map';

const TITLE = 'Waar kun je ouders ontmoeten?';
const BLANK_LINES = 6;

// The server-side PDF embeds a Latin font and cannot shape right-to-left scripts or draw emoji;
// the browser's own print to PDF can.
const NOT_IN_PDF = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\p{Extended_Pictographic}/u;

function hasTextThePdfCannotShow(place: Record<string, unknown>): boolean {
  return Object.values(place).some((value) => typeof value === 'string' && NOT_IN_PDF.test(value));
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const url = new URL(request.url);
  const blank = url.searchParams.get('leeg') === '1';

  const cards = await listCardCategories(db, scope);
  const areas = await listPlanAreas(db, scope);
  const editing = blank ? null : url.searchParams.get('wijzig');
  // Only a place on this plan's card can be edited here; any other id (also one of another
  // organisation) is not found.
  if (editing && !cards.some((card) => card.places.some((p) => p.id === editing))) notFound();
  const adding = blank || editing ? null : url.searchParams.get('toevoegen');
  const known = blank ? [] : await listPlacesNotOnPlan(db, scope);
  const labels = new Map(cards.map((card) => [card.key, card.label]));
  // Places with coordinates get a number, in the order of the cards, for the map and its list.
  let mapNumber = 0;
  const numbered = cards.map((card) => ({
    ...card,
    places: card.places.map((place) => ({
      ...place,
      wijkName: wijkName(place.wijkCode),
      mapNumber: place.latitude != null && place.longitude != null ? ++mapNumber : null,
    })),
  }));
  const mapPlaces: MapPlace[] = numbered.flatMap((card) =>
    card.places.flatMap((place) =>
      place.mapNumber && place.latitude != null && place.longitude != null
        ? [
            {
              id: place.id,
              number: place.mapNumber,
              name: place.name,
              category: card.label,
              address: addressLine(place),
              wijkName: place.wijkName,
              latitude: place.latitude,
              longitude: place.longitude,
            },
          ]
        : [],
    ),
  );
  const withoutLocation = numbered.flatMap((card) =>
    card.places
      .filter((place) => place.mapNumber === null)
      .map((place) => ({
        id: place.id,
        name: place.name,
        why:
          place.geocodeStatus === 'niet-gevonden'
            ? 'adres niet gevonden'
            : addressLine(place)
              ? 'nog niet opgezocht'
              : 'geen adres',
      })),
  );

  return {
    plan: { id: plan.id, title: plan.title, municipalityName: plan.municipalityName },
    areas: areas.map((a) => a.name),
    today: formatDate(new Date()),
    blank,
    needsBrowserPdf: !blank && cards.some((card) => card.places.some(hasTextThePdfCannotShow)),
    // The blank card is for writing on by hand: no place data goes to the page at all.
    cards: blank ? numbered.map((card) => ({ ...card, places: [] })) : numbered,
    mapPlaces: blank ? [] : mapPlaces,
    withoutLocation: blank ? [] : withoutLocation,
    tilesUrl: getConfig().pdokTilesUrl,
    categoryOptions: cards
      .filter((card) => card.key !== 'overig')
      .map((card) => ({ value: card.key, label: card.label })),
    knownPlaces: known.map((p) => ({
      value: p.id,
      // The address tells two places of the same name apart (an imported plan can bring both).
      label: [p.name, p.address, `(${labels.get(p.category) ?? 'overig'})`]
        .filter(Boolean)
        .join(' – ')
        .replace(' – (', ' ('),
    })),
    editing,
    adding: adding && cards.some((card) => card.key === adding) ? adding : null,
    // One-time token of the add form: it becomes the new place's id, so posting twice makes one.
    formToken: crypto.randomUUID(),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, scope } = await loadPlanContext(request, params.planId);
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const page = `/plannen/${scope.planId}/overzichtskaart`;

  if (intent === 'plek-toevoegen') {
    const parsed = parseForm(addPlaceSchema, formData);
    if (!parsed.ok)
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    const { formToken, ...fields } = parsed.data;
    if (!(await isCategory(db, scope, fields.category)))
      return data(
        {
          intent,
          errors: { category: 'Kies een soort plek uit de lijst.' },
          values: parsed.values,
        },
        { status: 400 },
      );
    const placeId = await createPlaceOnPlan(db, { ...scope, fields, placeId: formToken });
    // The place is stored first: a slow or dead PDOK can delay the answer a little, never lose it.
    const located = await locatePlace(db, configuredPdok(), { ...scope, placeId });
    const stored = await getPlace(db, { ...scope, placeId });
    return redirectWithFlash(
      request,
      `${page}#plek-${placeId}`,
      savedPlaceMessage(`${fields.name} staat nu op de kaart.`, located, wijkName(stored.wijkCode)),
    );
  }

  if (intent === 'plek-wijzigen') {
    const parsed = parseForm(editPlaceSchema, formData);
    if (!parsed.ok)
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    const { placeId, version, ...fields } = parsed.data;
    const before = await getPlace(db, { ...scope, placeId }).catch(() => undefined);
    const categories = await listCategories(db, scope);
    if (!categories.some((c) => c.key === fields.category))
      return data(
        {
          intent,
          errors: { category: 'Kies een soort plek uit de lijst.' },
          values: parsed.values,
        },
        { status: 400 },
      );
    const result = await updatePlace(db, { ...scope, placeId, version, fields });
    if (!result.ok && result.reason === 'in-bin') {
      await restorePlaceWithChanges(db, { ...scope, placeId, fields });
      await locatePlace(db, configuredPdok(), { ...scope, placeId });
      return redirectWithFlash(request, `${page}#plek-${placeId}`, {
        kind: 'warning',
        text: `Iemand had ${fields.name} intussen verwijderd. We hebben de plek teruggezet, met jouw wijzigingen.`,
      });
    }
    if (!result.ok) {
      const differences = compareFields(
        FIELD_LABELS,
        shownPlace(result.current, categories),
        shownPlace({ ...fields, postcode: normalisePostcode(fields.postcode) }, categories),
      );
      // Someone saved exactly what this user typed: nothing of theirs would be lost.
      if (differences.length > 0)
        return data(
          {
            intent,
            errors: {},
            values: parsed.values,
            conflict: {
              placeId,
              changedAt: result.current.updatedAt,
              tokens: { version: String(result.current.version) },
              differences,
            },
          },
          { status: 409 },
        );
    }
    const saved = `De wijzigingen in ${fields.name} zijn opgeslagen.`;
    if (result.ok && (!before || addressChanged(before, fields) || before.geocodeStatus === null)) {
      const located = await locatePlace(db, configuredPdok(), { ...scope, placeId });
      const stored = await getPlace(db, { ...scope, placeId });
      return redirectWithFlash(
        request,
        `${page}#plek-${placeId}`,
        savedPlaceMessage(saved, located, wijkName(stored.wijkCode)),
      );
    }
    return redirectWithFlash(request, `${page}#plek-${placeId}`, { kind: 'ok', text: saved });
  }

  if (intent === 'adres-opzoeken') {
    const parsed = parseForm(placeIdSchema, formData);
    if (!parsed.ok) notFound();
    const place = await getPlace(db, { ...scope, placeId: parsed.data.placeId });
    const located = await locatePlace(db, configuredPdok(), { ...scope, placeId: place.id });
    const stored = await getPlace(db, { ...scope, placeId: place.id });
    const message = retryMessage(place.name, located, wijkName(stored.wijkCode));
    return redirectWithFlash(request, `${page}#plek-${place.id}`, message);
  }

  if (intent === 'alle-adressen-opzoeken') {
    const report = await locatePlanPlaces(db, configuredPdok(), scope);
    return redirectWithFlash(request, `${page}#kaart-van-plekken`, locateAllMessage(report));
  }

  if (intent === 'plek-kiezen') {
    const parsed = parseForm(placeIdSchema, formData);
    if (!parsed.ok)
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    const place = await getPlace(db, { ...scope, placeId: parsed.data.placeId });
    await attachPlaceToPlan(db, { ...scope, placeId: place.id });
    return redirectWithFlash(request, `${page}#plek-${place.id}`, {
      kind: 'ok',
      text: `${place.name} staat nu op de kaart.`,
    });
  }

  if (intent === 'plek-loskoppelen' || intent === 'plek-verwijderen') {
    const parsed = parseForm(placeIdSchema, formData);
    if (!parsed.ok) notFound();
    const place = await getPlace(db, { ...scope, placeId: parsed.data.placeId });
    if (intent === 'plek-loskoppelen') {
      await detachPlaceFromPlan(db, { ...scope, placeId: place.id });
      return redirectWithFlash(request, page, {
        kind: 'ok',
        text: `${place.name} staat niet meer op deze kaart. Je organisatie bewaart de plek wel: je kunt hem later weer op een kaart zetten.`,
      });
    }
    await movePlaceToBin(db, { ...scope, placeId: place.id });
    return redirectWithFlash(request, page, {
      kind: 'ok',
      text: `${place.name} staat nu in de prullenbak. Je kunt de plek daar ${BIN_DAYS} dagen lang terugzetten.`,
    });
  }

  if (intent === 'categorie-toevoegen') {
    const parsed = parseForm(ownCategorySchema, formData);
    if (!parsed.ok)
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    const taken = await findCategoryNamed(db, { ...scope, name: parsed.data.categoryName });
    if (taken)
      return data(
        { intent, errors: { categoryName: categoryNameTaken(taken.label) }, values: parsed.values },
        { status: 400 },
      );
    const id = await createOwnCategory(db, { ...scope, name: parsed.data.categoryName });
    return redirectWithFlash(request, `${page}#kaart-${id}`, {
      kind: 'ok',
      text: `De kaart ${parsed.data.categoryName} staat nu op de pagina, voor alle plannen van je organisatie.`,
    });
  }

  if (intent === 'categorie-hernoemen') {
    const parsed = parseForm(renameCategorySchema, formData);
    // Each own category has its own rename form: the error goes back to that one.
    const formIntent = `categorie-hernoemen-${String(formData.get('categoryId') ?? '')}`;
    if (!parsed.ok)
      return data(
        { intent: formIntent, errors: parsed.errors, values: parsed.values },
        { status: 400 },
      );
    const taken = await findCategoryNamed(db, {
      ...scope,
      name: parsed.data.categoryName,
      exceptId: parsed.data.categoryId,
    });
    if (taken)
      return data(
        {
          intent: formIntent,
          errors: { categoryName: categoryNameTaken(taken.label) },
          values: parsed.values,
        },
        { status: 400 },
      );
    await renameOwnCategory(db, {
      ...scope,
      categoryId: parsed.data.categoryId,
      name: parsed.data.categoryName,
    });
    return redirectWithFlash(request, `${page}#kaart-${parsed.data.categoryId}`, {
      kind: 'ok',
      text: `De categorie heet nu ${parsed.data.categoryName}.`,
    });
  }

  if (intent === 'categorie-verwijderen') {
    const parsed = parseForm(removeCategorySchema, formData);
    if (!parsed.ok) notFound();
    const result = await removeOwnCategory(db, { ...scope, categoryId: parsed.data.categoryId });
    if (!result.removed) {
      return redirectWithFlash(request, `${page}#eigen-categorie`, {
        kind: 'warning',
        text: `Deze categorie is nog in gebruik bij ${result.placesUsingIt === 1 ? '1 plek' : `${result.placesUsingIt} plekken`} van je organisatie (ook in de prullenbak). Geef die plekken eerst een andere soort.`,
      });
    }
    return redirectWithFlash(request, `${page}#eigen-categorie`, {
      kind: 'ok',
      text: 'De categorie is verwijderd.',
    });
  }

  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

function categoryNameTaken(label: string): string {
  return `Er is al een kaart "${label}". Kies een andere naam, of zet je plekken op die kaart.`;
}

function addressChanged(
  before: { address: string; postcode: string; city: string },
  after: { address: string; postcode: string; city: string },
): boolean {
  return (
    before.address !== after.address ||
    before.postcode !== normalisePostcode(after.postcode) ||
    before.city !== after.city
  );
}

async function isCategory(db: Db, scope: { organisationId: string }, key: string) {
  const categories = await listCategories(db, scope);
  return categories.some((c) => c.key === key);
}

const FIELD_LABELS: Record<keyof PlaceFormFields, string> = {
  category: 'Soort plek',
  name: 'Naam',
  address: 'Adres',
  postcode: 'Postcode',
  city: 'Plaats',
  whenParents: 'Wanneer zijn er ouders',
  organisationName: 'Organisatie',
  contactPerson: 'Contactpersoon',
  phone: 'Telefoon',
  email: 'E-mail',
  socialMedia: 'Social media',
  notes: 'Aantekeningen',
  tipFrom: 'Tip van',
};

/** A place as the user reads it, to compare two versions. */
function shownPlace(
  place: Record<keyof PlaceFormFields, string>,
  categories: { key: string; label: string }[],
): Record<keyof PlaceFormFields, string> {
  const shown = { ...place };
  shown.category = categories.find((c) => c.key === place.category)?.label ?? place.category;
  return shown;
}

type Conflict = EditConflict & { placeId: string };

type Card = Route.ComponentProps['loaderData']['cards'][number];

export default function Overzichtskaart({ loaderData, actionData }: Route.ComponentProps) {
  const { plan, areas, today, blank, cards } = loaderData;
  const page = `/plannen/${plan.id}/overzichtskaart`;
  const conflict =
    actionData && 'conflict' in actionData ? (actionData.conflict as Conflict) : undefined;
  const failedVersion =
    actionData && actionData.intent === 'plek-wijzigen' && 'version' in actionData.values
      ? String(actionData.values.version)
      : undefined;
  const where = [plan.municipalityName, areas.join(', ')].filter(Boolean).join(': ');

  return (
    <div className="okaart">
      <title>{`${blank ? 'Lege overzichtskaart' : 'Overzichtskaart'} – ${plan.title} – Ouders in de wijk`}</title>
      <style>{printFooterCss(plan.title, today)}</style>

      <header className="okaart-head">
        <h1>{TITLE}</h1>
        <p className="okaart-head__plan">
          <strong>{plan.title}</strong>
          {where ? ` · ${where}` : ''} · <span className="okaart-head__date">{today}</span>
        </p>
        {blank ? (
          <p className="okaart-head__blank">
            Lege kaart. Schrijf per soort plek op waar ouders komen, wanneer ze er zijn en wie je
            daar kunt aanspreken.
          </p>
        ) : null}
      </header>

      {blank ? null : (
        <div className="guidance no-print">
          <p>
            Op deze kaart zet je de plekken waar ouders uit de wijk komen. Zo zie je in één
            oogopslag waar je ouders kunt ontmoeten, en wie je daar kunt aanspreken.
          </p>
          <p>
            Tip: vraag het aan bewoners die veel in de buurt doen, zoals vrijwilligers of actieve
            ouders. Zij weten vaak waar ouders komen. Schrijf bij ‘Tip van’ op wie het je vertelde.
          </p>
          <p>
            De plekken zijn van je hele organisatie, niet alleen van dit plan. Maakt een collega
            later een plan voor dezelfde wijk? Dan kan die de plekken meteen gebruiken.
          </p>
        </div>
      )}

      <div className="okaart-tools no-print">
        <PrintButton />
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={`${page}.pdf${blank ? '?leeg=1' : ''}`}
        >
          Opslaan als PDF
        </a>
        {blank ? (
          <ListLink to={page}>Terug naar de ingevulde kaart</ListLink>
        ) : (
          <>
            <ListLink to={`${page}?leeg=1`}>Lege kaart om met de hand in te vullen</ListLink>
            <ListLink to={`/plannen/${plan.id}/ontmoetingsplekken/importeren`}>
              Plekken importeren uit Excel of CSV
            </ListLink>
          </>
        )}
      </div>
      <p className="okaart-tools__hint no-print">
        Afdrukken kan ook met de afdrukknop van je browser: Ctrl+P (op een Mac: Cmd+P).
      </p>
      {loaderData.needsBrowserPdf ? (
        <p className="flash flash--warning no-print">
          Op deze kaart staat Arabisch of Hebreeuws schrift, of een emoji. De knop ‘Opslaan als PDF’
          kan dat niet goed laten zien. Kies daarom ‘Afdrukken’ en dan ‘Opslaan als PDF’ in het
          venster van je browser.
        </p>
      ) : null}

      {!blank && loaderData.knownPlaces.length > 0 ? (
        <KnownPlaces page={page} options={loaderData.knownPlaces} />
      ) : null}

      <div className="okaart-grid">
        {cards.map((card) =>
          blank ? (
            <BlankCard key={card.key} card={card} />
          ) : (
            <CategoryCard
              key={card.key}
              card={card}
              page={page}
              adding={loaderData.adding === card.key}
              editing={loaderData.editing}
              formToken={loaderData.formToken}
              categoryOptions={loaderData.categoryOptions}
              conflict={conflict}
              failedVersion={failedVersion}
            />
          ),
        )}
      </div>

      {blank ? null : (
        <PlacesMapSection
          page={page}
          places={loaderData.mapPlaces}
          withoutLocation={loaderData.withoutLocation}
          tilesUrl={loaderData.tilesUrl}
        />
      )}

      {blank ? null : (
        <OwnCategoryForm
          page={page}
          own={cards.filter((card) => !card.builtIn && card.key !== 'overig')}
        />
      )}
    </div>
  );
}

/**
 * The page number and the plan's title and date in the bottom margin of every printed page.
 * Margin boxes only take strings, so the title goes in as a CSS string with every character
 * that is not a plain letter, digit or space escaped: the text can never end the string or rule.
 */
function printFooterCss(title: string, date: string): string {
  const shortTitle = title.length > 80 ? `${title.slice(0, 79)}…` : title;
  return `@page { @bottom-left { content: ${cssString(`${shortTitle} · ${date}`)}; } }`;
}

function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /[A-Za-z0-9 ]/.test(char) ? char : `\\${(char.codePointAt(0) ?? 32).toString(16)} `;
  }
  return `${out}"`;
}

/** window.print() once the page runs JavaScript; without it the hint below the button says how. */
function PrintButton() {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <Button
      type="button"
      appearance="primary-action-button"
      // The map's tiles load over the network: print once they are there (or after a few seconds).
      onClick={() => whenMapReady(5000).then(() => window.print())}
    >
      Afdrukken
    </Button>
  );
}

function CardHeader({ card, blank }: { card: Card; blank?: boolean }) {
  return (
    <thead>
      <tr>
        <th className="okaart-card__header" scope="col">
          <div className="okaart-card__header-inner">
            <h2 className="okaart-card__title" id={`kaart-${card.key}-titel`}>
              {card.label}
            </h2>
            {!blank && card.places.length > 0 ? (
              <span className="okaart-card__count">{placesCount(card.places.length)}</span>
            ) : null}
          </div>
        </th>
      </tr>
    </thead>
  );
}

function CategoryCard(props: {
  card: Card;
  page: string;
  adding: boolean;
  editing: string | null;
  formToken: string;
  categoryOptions: { value: string; label: string }[];
  conflict: Conflict | undefined;
  failedVersion: string | undefined;
}) {
  const { card, page } = props;
  const open = props.adding || card.places.some((p) => p.id === props.editing);
  const long = estimatedPrintLines(card.places) > PRINT_LINES_PER_PAGE;
  return (
    <section
      className={`okaart-card${open ? ' okaart-card--open' : ''}${long ? ' okaart-card--long' : ''}`}
      id={`kaart-${card.key}`}
      aria-labelledby={`kaart-${card.key}-titel`}
    >
      {/* A table, so that print repeats the pink header on every page a long card takes. */}
      <table className="okaart-card__table" role="presentation">
        <CardHeader card={card} />
        <tbody>
          {card.places.length === 0 && !props.adding ? (
            <tr>
              <td className="okaart-card__empty">Nog geen plekken.</td>
            </tr>
          ) : null}
          {card.places.map((place) => (
            <tr key={place.id} id={`plek-${place.id}`} className="okaart-card__place">
              <td>
                {props.editing === place.id ? (
                  <EditPlaceForm
                    place={place}
                    page={page}
                    categoryOptions={props.categoryOptions}
                    conflict={props.conflict?.placeId === place.id ? props.conflict : undefined}
                    version={
                      props.conflict?.placeId === place.id
                        ? (props.conflict.tokens.version ?? String(place.version))
                        : (props.failedVersion ?? String(place.version))
                    }
                  />
                ) : (
                  <article aria-labelledby={`plek-${place.id}-naam`}>
                    <PlaceDetails place={place} />
                    <PlaceActions place={place} page={page} />
                  </article>
                )}
              </td>
            </tr>
          ))}
          <tr className="okaart-card__add no-print">
            <td>
              {props.adding ? (
                <AddPlaceForm card={card} page={page} formToken={props.formToken} />
              ) : (
                <ListLink
                  className="okaart-add-link"
                  to={`${page}?toevoegen=${encodeURIComponent(card.key)}#kaart-${card.key}-nieuw`}
                >
                  Plek toevoegen
                  <span className="visually-hidden"> aan {card.label}</span>
                </ListLink>
              )}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function BlankCard({ card }: { card: Card }) {
  return (
    <section
      className="okaart-card okaart-card--blank"
      id={`kaart-${card.key}`}
      aria-labelledby={`kaart-${card.key}-titel`}
    >
      <table className="okaart-card__table" role="presentation">
        <CardHeader card={card} blank />
        <tbody aria-hidden="true">
          {Array.from({ length: BLANK_LINES }, (_, line) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the ruled lines are all alike
            <tr key={line} className="okaart-card__line">
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="visually-hidden">{BLANK_LINES} lege regels om op te schrijven.</p>
    </section>
  );
}

function PlaceActions({ place, page }: { place: ShownPlace; page: string }) {
  return (
    <div className="okaart-place__actions no-print">
      <ListLink to={`${page}?wijzig=${place.id}#plek-${place.id}`}>
        Wijzigen<span className="visually-hidden"> {place.name}</span>
      </ListLink>
      {place.geocodeStatus === 'niet-gevonden' ||
      (place.geocodeStatus == null && addressLine(place)) ? (
        <ListForm action={page}>
          <input type="hidden" name="intent" value="adres-opzoeken" />
          <input type="hidden" name="placeId" value={place.id} />
          <button type="submit" className="link-button">
            {place.geocodeStatus === 'niet-gevonden' ? 'Adres opnieuw zoeken' : 'Adres opzoeken'}
            <span className="visually-hidden"> van {place.name}</span>
          </button>
        </ListForm>
      ) : null}
      <ListForm action={page}>
        <input type="hidden" name="intent" value="plek-loskoppelen" />
        <input type="hidden" name="placeId" value={place.id} />
        <button type="submit" className="link-button">
          Van deze kaart halen<span className="visually-hidden"> {place.name}</span>
        </button>
      </ListForm>
      <ListForm action={page}>
        <input type="hidden" name="intent" value="plek-verwijderen" />
        <input type="hidden" name="placeId" value={place.id} />
        <button type="submit" className="link-button okaart-danger">
          Verwijderen<span className="visually-hidden"> {place.name}</span>
        </button>
      </ListForm>
    </div>
  );
}

function useSubmitting(intent: string): boolean {
  const navigation = useNavigation();
  return navigation.state === 'submitting' && navigation.formData?.get('intent') === intent;
}

function AddPlaceForm({ card, page, formToken }: { card: Card; page: string; formToken: string }) {
  const submitting = useSubmitting('plek-toevoegen');
  const headingId = `kaart-${card.key}-nieuw`;
  return (
    <FormScope intent="plek-toevoegen">
      <Form
        method="post"
        action={`${page}?toevoegen=${encodeURIComponent(card.key)}#kaart-${card.key}-nieuw`}
        className="okaart-form"
        aria-labelledby={headingId}
      >
        <h3 className="okaart-form__title" id={headingId}>
          Nieuwe plek: {card.label}
        </h3>
        <FormErrorSummary />
        <input type="hidden" name="intent" value="plek-toevoegen" />
        <input type="hidden" name="category" value={card.key} />
        <input type="hidden" name="formToken" value={formToken} />
        <PlaceFields />
        <div className="okaart-form__buttons">
          <Button type="submit" appearance="primary-action-button" disabled={submitting}>
            Plek opslaan
          </Button>
          <ListLink to={`${page}#kaart-${card.key}`}>Annuleren</ListLink>
        </div>
      </Form>
    </FormScope>
  );
}

function EditPlaceForm(props: {
  place: Card['places'][number];
  page: string;
  categoryOptions: { value: string; label: string }[];
  conflict: Conflict | undefined;
  version: string;
}) {
  const { place, page, conflict } = props;
  const submitting = useSubmitting('plek-wijzigen');
  const headingId = `plek-${place.id}-wijzig`;
  const defaults = {
    category: place.category,
    name: place.name,
    address: place.address,
    postcode: place.postcode,
    city: place.city,
    whenParents: place.whenParents,
    organisationName: place.organisationName,
    contactPerson: place.contactPerson,
    phone: place.phone,
    email: place.email,
    socialMedia: place.socialMedia,
    notes: place.notes,
    tipFrom: place.tipFrom,
  };
  return (
    <FormScope intent="plek-wijzigen" defaults={defaults}>
      <Form
        method="post"
        action={`${page}?wijzig=${place.id}#plek-${place.id}`}
        className="okaart-form"
        aria-labelledby={headingId}
      >
        <h3 className="okaart-form__title" id={headingId}>
          Plek wijzigen: <bdi>{place.name}</bdi>
        </h3>
        {conflict ? <EditConflictNotice conflict={conflict} /> : null}
        <FormErrorSummary />
        <input type="hidden" name="intent" value="plek-wijzigen" />
        <input type="hidden" name="placeId" value={place.id} />
        <input type="hidden" name="version" value={props.version} />
        <PlaceFields categoryOptions={props.categoryOptions} />
        <div className="okaart-form__buttons">
          <Button type="submit" appearance="primary-action-button" disabled={submitting}>
            {conflict ? SAVE_MINE : 'Wijzigingen opslaan'}
          </Button>
          <ListLink to={`${page}#plek-${place.id}`}>
            {conflict ? KEEP_STORED : 'Annuleren'}
          </ListLink>
        </div>
      </Form>
    </FormScope>
  );
}

function PlacesMapSection(props: {
  page: string;
  places: MapPlace[];
  withoutLocation: { id: string; name: string; why: string }[];
  tilesUrl: string;
}) {
  const { page, places, withoutLocation } = props;
  const canLookUp = withoutLocation.some((p) => p.why !== 'geen adres');
  // Outside the list below, which goes away once every address is found.
  const [progress, setProgress] = useState('');
  return (
    <section
      className="panel okaart-map"
      id="kaart-van-plekken"
      aria-labelledby="kaart-van-plekken-titel"
    >
      <h2 id="kaart-van-plekken-titel">Kaart van de plekken</h2>
      {places.length > 0 ? (
        <>
          <PlacesMap places={places} tilesUrl={props.tilesUrl} />
          <ol className="okaart-map__list">
            {places.map((place) => (
              <li key={place.id} value={place.number}>
                <a href={`#plek-${place.id}`}>
                  <span dir="auto">{place.name}</span>
                </a>
                {[place.address, place.wijkName ? `wijk ${place.wijkName}` : '']
                  .filter(Boolean)
                  .map((text) => ` · ${text}`)
                  .join('')}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>
          Er staan nog geen plekken op de kaart. Een plek komt op de kaart als we het adres vinden.
        </p>
      )}
      {withoutLocation.length > 0 ? (
        <div className="okaart-map__missing no-print">
          <h3>Nog niet op de kaart</h3>
          <ul>
            {withoutLocation.map((place) => (
              <li key={place.id}>
                <a href={`#plek-${place.id}`}>
                  <span dir="auto">{place.name}</span>
                </a>
                {` (${place.why})`}
              </li>
            ))}
          </ul>
          {canLookUp ? (
            <LocateAllForm
              page={page}
              onProgress={setProgress}
              placeIds={withoutLocation.filter((p) => p.why !== 'geen adres').map((p) => p.id)}
            />
          ) : null}
        </div>
      ) : null}
      <p className="okaart-map__hint no-print" role="status">
        {progress}
      </p>
    </section>
  );
}

/**
 * "Zoek alle adressen op". Without JavaScript one POST looks up every address and reports the
 * counts. With JavaScript the places are looked up one by one, showing how far it is.
 */
function LocateAllForm({
  page,
  placeIds,
  onProgress: setProgress,
}: {
  page: string;
  placeIds: string[];
  onProgress: (text: string) => void;
}) {
  const submitting = useSubmitting('alle-adressen-opzoeken');
  const revalidator = useRevalidator();
  const [busy, setBusy] = useState(false);

  async function lookUpOneByOne(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const counts = { found: 0, notFound: 0 };
    let stopped = false;
    for (const [index, placeId] of placeIds.entries()) {
      setProgress(`Bezig: adres ${index + 1} van ${placeIds.length}…`);
      const body = new FormData();
      body.set('placeId', placeId);
      const response = await fetch('/api/adressen', { method: 'POST', body }).catch(() => null);
      if (!response || response.status === 503) {
        stopped = true;
        break;
      }
      const result = (await response.json().catch(() => ({}))) as { resultaat?: string };
      if (result.resultaat === 'found') counts.found++;
      else if (result.resultaat === 'not-found') counts.notFound++;
    }
    const done = `Klaar. Gevonden: ${counts.found}. Niet gevonden: ${counts.notFound}.`;
    setProgress(
      stopped
        ? `${done} De adreszoeker van PDOK gaf geen antwoord. Probeer het later opnieuw.`
        : done,
    );
    setBusy(false);
    await revalidator.revalidate();
  }

  return (
    <Form method="post" action={page} onSubmit={lookUpOneByOne}>
      <input type="hidden" name="intent" value="alle-adressen-opzoeken" />
      <Button type="submit" appearance="secondary-action-button" disabled={submitting || busy}>
        Zoek alle adressen op
      </Button>
      <p className="okaart-map__hint">
        We zoeken de adressen op bij PDOK, de kaartdienst van de overheid.
      </p>
    </Form>
  );
}

function KnownPlaces({
  page,
  options,
}: {
  page: string;
  options: { value: string; label: string }[];
}) {
  return (
    <section className="panel okaart-known no-print" aria-labelledby="bekende-plekken">
      <h2 id="bekende-plekken">Plekken die je organisatie al kent</h2>
      <p>
        Deze plekken staan nog niet op deze kaart. Kies er een om hem op de kaart te zetten. Je
        hoeft de gegevens dan niet opnieuw in te vullen.
      </p>
      <FormScope intent="plek-kiezen">
        <Form method="post" action={page} className="okaart-known__form">
          <FormErrorSummary />
          <input type="hidden" name="intent" value="plek-kiezen" />
          <SelectField
            name="placeId"
            label="Plek"
            required
            placeholder="Kies een plek"
            options={options}
          />
          <Button type="submit" appearance="secondary-action-button">
            Op deze kaart zetten
          </Button>
        </Form>
      </FormScope>
    </section>
  );
}

function OwnCategoryForm({ page, own }: { page: string; own: { key: string; label: string }[] }) {
  return (
    <section className="panel okaart-own no-print" aria-labelledby="eigen-categorie">
      {own.length > 0 ? (
        <>
          <h2 id="eigen-categorie">Eigen categorieën</h2>
          <ul className="okaart-own__list">
            {own.map((category) => (
              <li key={category.key}>
                <FormScope
                  intent={`categorie-hernoemen-${category.key}`}
                  defaults={{ categoryName: category.label }}
                >
                  <Form
                    method="post"
                    action={`${page}#eigen-categorie`}
                    className="okaart-own__row"
                  >
                    <input type="hidden" name="intent" value="categorie-hernoemen" />
                    <input type="hidden" name="categoryId" value={category.key} />
                    <TextField
                      name="categoryName"
                      label={`Naam van de categorie ${category.label}`}
                      required
                      maxLength={PLACE_LIMITS.categoryName}
                    />
                    <Button type="submit" appearance="secondary-action-button">
                      Naam opslaan
                    </Button>
                  </Form>
                </FormScope>
                <Form method="post" action={`${page}#eigen-categorie`}>
                  <input type="hidden" name="intent" value="categorie-verwijderen" />
                  <input type="hidden" name="categoryId" value={category.key} />
                  <button type="submit" className="link-button okaart-own__remove">
                    Categorie verwijderen<span className="visually-hidden">: {category.label}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
          <p className="okaart-own__hint">
            Een categorie kun je alleen verwijderen als er geen plekken meer in staan.
          </p>
        </>
      ) : null}
      <h2 id={own.length > 0 ? 'eigen-categorie-nieuw' : 'eigen-categorie'}>
        Eigen categorie toevoegen
      </h2>
      <p>
        Mist er een soort plek? Bijvoorbeeld de huisarts, een kapper of een supermarkt. Maak er dan
        een eigen kaart voor. Die kaart kun je in alle plannen van je organisatie gebruiken.
      </p>
      <FormScope intent="categorie-toevoegen">
        <Form method="post" action={`${page}#eigen-categorie`}>
          <FormErrorSummary />
          <input type="hidden" name="intent" value="categorie-toevoegen" />
          <TextField
            name="categoryName"
            label="Naam van de categorie"
            description="Bijvoorbeeld: Huisarts en apotheek."
            required
            maxLength={PLACE_LIMITS.categoryName}
          />
          <Button type="submit" appearance="secondary-action-button">
            Categorie toevoegen
          </Button>
        </Form>
      </FormScope>
    </section>
  );
}
