import { Button } from '@utrecht/component-library-react';
import { Form } from 'react-router';
import {
  emptyExpiredContactBin,
  listBinnedContactPersons,
  restoreContactPerson,
} from '~/features/contacts/contacts.server';
import { listBinnedPlaces, restorePlace } from '~/features/overzichtskaart/places.server';
import { actorOf } from '~/features/privacy/actor';
import { formatDate } from '~/lib/dates';
import { BIN_DAYS } from '~/lib/db/ids';
import { redirectWithFlash } from '~/lib/flash.server';
import { badRequest } from '~/lib/http.server';
import type { Route } from './+types/bin';
import { loadMemberContext } from './plan-context.server';
import { emptyExpiredBin, listBinnedPlans, restorePlan } from './plans.server';

export async function loader({ request }: Route.LoaderArgs) {
  const { member, db } = await loadMemberContext(request);
  const scope = { organisationId: member.organisationId };
  await emptyExpiredBin(db, scope);
  await emptyExpiredContactBin(db, scope);
  return {
    plans: await listBinnedPlans(db, scope),
    places: await listBinnedPlaces(db, scope),
    persons: await listBinnedContactPersons(db, scope),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { member, db } = await loadMemberContext(request);
  const formData = await request.formData();
  const id = String(formData.get('id') ?? '');
  const scope = { organisationId: member.organisationId };
  if (formData.get('intent') === 'plan-terugzetten') {
    await restorePlan(db, { ...scope, planId: id });
    return redirectWithFlash(request, `/plannen/${id}`, {
      kind: 'ok',
      text: 'Het plan is teruggezet.',
    });
  }
  if (formData.get('intent') === 'plek-terugzetten') {
    await restorePlace(db, { ...scope, placeId: id });
    return redirectWithFlash(request, '/prullenbak', {
      kind: 'ok',
      text: 'De plek is teruggezet.',
    });
  }
  if (formData.get('intent') === 'contact-terugzetten') {
    await restoreContactPerson(db, { ...scope, personId: id, actor: actorOf(member) });
    return redirectWithFlash(request, `/contacten/${id}`, {
      kind: 'ok',
      text: 'Het contact is teruggezet.',
    });
  }
  badRequest();
}

function daysLeft(deletedAt: string | null): number {
  if (!deletedAt) return BIN_DAYS;
  const passed = (Date.now() - new Date(deletedAt).getTime()) / (24 * 60 * 60 * 1000);
  return Math.max(0, Math.ceil(BIN_DAYS - passed));
}

export default function Bin({ loaderData }: Route.ComponentProps) {
  const { plans, places, persons } = loaderData;
  return (
    <>
      <title>Prullenbak – Ouders in de wijk</title>
      <h1>Prullenbak</h1>
      <p>
        Wat je verwijdert, blijft hier {BIN_DAYS} dagen staan. Zo lang kun je het terugzetten.
        Daarna wordt het echt verwijderd.
      </p>
      <h2>Plannen</h2>
      {plans.length === 0 ? (
        <p>Er staan geen plannen in de prullenbak.</p>
      ) : (
        <ul className="card-list">
          {plans.map((plan) => (
            <li key={plan.id} className="panel">
              <p>
                <strong>{plan.title}</strong> ({plan.municipalityName}). Verwijderd op{' '}
                {plan.deletedAt ? formatDate(plan.deletedAt) : ''}, nog {daysLeft(plan.deletedAt)}{' '}
                dagen.
              </p>
              <Form method="post">
                <input type="hidden" name="intent" value="plan-terugzetten" />
                <input type="hidden" name="id" value={plan.id} />
                <Button type="submit" appearance="secondary-action-button">
                  Plan terugzetten
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <h2>Ontmoetingsplekken</h2>
      {places.length === 0 ? (
        <p>Er staan geen ontmoetingsplekken in de prullenbak.</p>
      ) : (
        <ul className="card-list">
          {places.map((place) => (
            <li key={place.id} className="panel">
              <p>
                <strong>{place.name}</strong>. Verwijderd op{' '}
                {place.deletedAt ? formatDate(place.deletedAt) : ''}, nog{' '}
                {daysLeft(place.deletedAt)} dagen.
              </p>
              <Form method="post">
                <input type="hidden" name="intent" value="plek-terugzetten" />
                <input type="hidden" name="id" value={place.id} />
                <Button type="submit" appearance="secondary-action-button">
                  Plek terugzetten
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <h2>Contacten</h2>
      {persons.length === 0 ? (
        <p>Er staan geen contacten in de prullenbak.</p>
      ) : (
        <ul className="card-list">
          {persons.map((person) => (
            <li key={person.id} className="panel">
              <p>
                <strong>{person.name}</strong>. Verwijderd op{' '}
                {person.deletedAt ? formatDate(person.deletedAt) : ''}, nog{' '}
                {daysLeft(person.deletedAt)} dagen.
              </p>
              <Form method="post">
                <input type="hidden" name="intent" value="contact-terugzetten" />
                <input type="hidden" name="id" value={person.id} />
                <Button type="submit" appearance="secondary-action-button">
                  Contact terugzetten
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
