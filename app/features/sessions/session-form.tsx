import { Button } from '@utrecht/component-library-react';
import { Form, Link } from 'react-router';
import {
  ChoiceGroup,
  FormErrorSummary,
  FormScope,
  SelectField,
  TextField,
} from '~/components/form';
import { METHODS } from '~/features/plans/domain';
import type { FormValues } from '~/lib/forms';
import { checklistFor } from './session-checklist';
import { MAX_PARENTS, SESSION_LIMITS } from './session-schema';
import type { Session } from './sessions.server';

export const SESSION_INTENTS = {
  create: 'bijeenkomst-nieuw',
  edit: 'bijeenkomst-wijzig',
  remove: 'bijeenkomst-verwijderen',
} as const;

/** The form of a session: before (plan and prepare) and, once it took place, afterwards. */
export function SessionForm({
  session,
  cancelTo,
  conflict,
  token,
}: {
  session?: Session;
  cancelTo?: string;
  conflict?: boolean;
  /** The edit token to post, when it is newer than the loaded session's. */
  token?: string;
}) {
  const intent = session ? SESSION_INTENTS.edit : SESSION_INTENTS.create;
  const defaults: FormValues = session
    ? {
        method: session.method,
        title: session.title,
        date: session.date,
        startTime: session.startTime,
        endTime: session.endTime,
        place: session.place,
        expectedParents: session.expectedParents === null ? '' : String(session.expectedParents),
        languageSupport: session.languageSupport,
        childcare: session.childcare,
        accessibility: session.accessibility,
        compensation: session.compensation,
        invitationText: session.invitationText,
        checklist: session.checklist,
        attendedParents: session.attendedParents === null ? '' : String(session.attendedParents),
        notesAfter: session.notesAfter,
      }
    : {};
  return (
    <FormScope intent={intent} defaults={defaults}>
      <Form method="post" className="panel ses-form">
        <h2>{session ? 'Bijeenkomst wijzigen' : 'Nieuwe bijeenkomst'}</h2>
        {conflict ? (
          <p className="ses-conflict" role="alert">
            Iemand anders heeft deze bijeenkomst net gewijzigd. Hieronder staat wat jij typte. Kijk
            het na en sla het opnieuw op.
          </p>
        ) : null}
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        {session ? (
          <input type="hidden" name="updatedAt" value={token ?? session.updatedAt} />
        ) : null}

        <fieldset className="ses-group">
          <legend>Wat en wanneer</legend>
          <SelectField
            name="method"
            label="Werkvorm"
            required
            placeholder="Kies een werkvorm"
            options={METHODS.map((m) => ({ value: m.key, label: m.label }))}
          />
          <TextField
            name="title"
            label="Naam"
            description="Bijvoorbeeld: koffieochtend bij basisschool De Regenboog."
            maxLength={SESSION_LIMITS.title}
          />
          <div className="ses-row">
            <TextField name="date" label="Datum" type="date" required maxLength={10} />
            <TextField name="startTime" label="Begintijd" type="time" maxLength={5} />
            <TextField name="endTime" label="Eindtijd" type="time" maxLength={5} />
          </div>
          <TextField
            name="place"
            label="Plek"
            description="Een plek die ouders kennen, zoals de school of het buurthuis."
            maxLength={SESSION_LIMITS.place}
          />
          <TextField
            name="expectedParents"
            label="Hoeveel ouders verwacht je?"
            inputMode="numeric"
            maxLength={4}
            description={`Een getal van 0 tot ${MAX_PARENTS}.`}
          />
        </fieldset>

        <fieldset className="ses-group">
          <legend>Zodat iedereen mee kan doen</legend>
          <TextField
            name="languageSupport"
            label="Tolk of taalhulp"
            description="Bijvoorbeeld: een tolk Arabisch, of een sleutelfiguur die Turks spreekt."
            rows={2}
            maxLength={SESSION_LIMITS.languageSupport}
          />
          <TextField
            name="childcare"
            label="Oppas"
            description="Wie past op de kinderen, en waar?"
            rows={2}
            maxLength={SESSION_LIMITS.childcare}
          />
          <TextField
            name="accessibility"
            label="Toegankelijkheid"
            description="Drempels, een lift, vervoer, een rustige ruimte."
            rows={2}
            maxLength={SESSION_LIMITS.accessibility}
          />
          <TextField
            name="compensation"
            label="Vergoeding of bedankje"
            description="Wat krijgen ouders, en hoe? Vertel het ze vooraf."
            rows={2}
            maxLength={SESSION_LIMITS.compensation}
          />
        </fieldset>

        <fieldset className="ses-group">
          <legend>Uitnodiging</legend>
          <TextField
            name="invitationText"
            label="Tekst van de uitnodiging"
            description="Na het opslaan controleert de taalcheck deze tekst."
            rows={6}
            maxLength={SESSION_LIMITS.invitationText}
          />
        </fieldset>

        <ChecklistField method={session?.method} />

        {session ? (
          <fieldset className="ses-group">
            <legend>Na de bijeenkomst</legend>
            <TextField
              name="attendedParents"
              label="Hoeveel ouders kwamen er?"
              description="Alleen het aantal. Namen zijn niet nodig."
              inputMode="numeric"
              maxLength={4}
            />
            <TextField
              name="notesAfter"
              label="Aantekeningen"
              description="Hoe ging het? Wat wil je de volgende keer anders doen? Schrijf geen namen van ouders op."
              rows={4}
              maxLength={SESSION_LIMITS.notesAfter}
            />
          </fieldset>
        ) : null}

        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {session ? 'Wijziging opslaan' : 'Bijeenkomst opslaan'}
          </Button>
          {cancelTo ? <Link to={cancelTo}>Annuleren</Link> : null}
        </div>
      </Form>
    </FormScope>
  );
}

function ChecklistField({ method }: { method?: string }) {
  const items = checklistFor(method ?? '');
  return (
    <ChoiceGroup
      name="checklist"
      legend="Wat is al geregeld?"
      description={
        method
          ? 'Vink aan wat klaar is. De lijst past bij de werkvorm.'
          : 'Vink aan wat klaar is. Na het opslaan komen er punten bij die passen bij de werkvorm.'
      }
      multiple
      options={items.map((item) => ({ value: item, label: item }))}
    />
  );
}
