import { Button } from '@utrecht/component-library-react';
import { Form } from 'react-router';
import { FormErrorSummary, FormScope, TextField } from '~/components/form';
import type { FormValues } from '~/lib/forms';
import { QUESTIONNAIRE_LIMITS } from './questionnaire-schema';

export const QUESTIONNAIRE_INTENTS = {
  create: 'vragenlijst-nieuw',
  details: 'vragenlijst-wijzig',
  remove: 'vragenlijst-verwijderen',
  addQuestion: 'vraag-nieuw',
  editQuestion: 'vraag-wijzig',
  removeQuestion: 'vraag-verwijderen',
  moveQuestion: 'vraag-verplaatsen',
} as const;

/** Title, explanation and closing date of a questionnaire: new, or changed on the builder. */
export function QuestionnaireDetailsForm({ defaults }: { defaults?: FormValues }) {
  const intent = defaults ? QUESTIONNAIRE_INTENTS.details : QUESTIONNAIRE_INTENTS.create;
  return (
    <FormScope intent={intent} defaults={defaults ?? {}}>
      <Form method="post" className="panel vl-form" id={defaults ? 'gegevens' : 'nieuw'}>
        <h2>{defaults ? 'Titel, uitleg en sluitingsdatum' : 'Nieuwe vragenlijst'}</h2>
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        <TextField
          name="title"
          label="Titel"
          description="Ouders zien dit bovenaan. Bijvoorbeeld: Wat vind jij van de speeltuin?"
          required
          maxLength={QUESTIONNAIRE_LIMITS.title}
        />
        <TextField
          name="intro"
          label="Uitleg voor ouders"
          description="Zeg kort waarom je het vraagt en wat je met de antwoorden doet."
          rows={4}
          maxLength={QUESTIONNAIRE_LIMITS.intro}
        />
        <TextField
          name="closesOn"
          label="Sluitingsdatum"
          description="Tot en met deze dag kunnen ouders antwoorden. Bijvoorbeeld 14-03-2027."
          type="date"
          required
          maxLength={10}
        />
        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {defaults ? 'Opslaan' : 'Vragenlijst maken'}
          </Button>
        </div>
      </Form>
    </FormScope>
  );
}
