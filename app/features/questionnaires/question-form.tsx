import { Button } from '@utrecht/component-library-react';
import { Form, Link } from 'react-router';
import { ChoiceGroup, FormErrorSummary, FormScope, TextField } from '~/components/form';
import type { FormValues } from '~/lib/forms';
import { QUESTIONNAIRE_INTENTS } from './questionnaire-details-form';
import { QUESTIONNAIRE_LIMITS } from './questionnaire-schema';
import { MAX_OPTIONS, QUESTION_KINDS, type Question } from './questions';

/** Add a question, or change one (then `question` is given). */
export function QuestionForm({ question, cancelTo }: { question?: Question; cancelTo?: string }) {
  const intent = question ? QUESTIONNAIRE_INTENTS.editQuestion : QUESTIONNAIRE_INTENTS.addQuestion;
  const defaults: FormValues = question
    ? { kind: question.kind, text: question.text, options: question.options.join('\n') }
    : { kind: 'smiley' };
  return (
    <FormScope intent={intent} defaults={defaults}>
      <Form
        method="post"
        className="panel vl-form"
        id={question ? `vraag-wijzigen-${question.id}` : 'vraag-toevoegen'}
      >
        <h3>{question ? 'Vraag wijzigen' : 'Vraag toevoegen'}</h3>
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        {question ? <input type="hidden" name="questionId" value={question.id} /> : null}
        <TextField
          name="text"
          label="De vraag"
          description="Kort en in gewone woorden. Eén ding per vraag."
          required
          rows={2}
          maxLength={QUESTIONNAIRE_LIMITS.question}
        />
        <ChoiceGroup
          name="kind"
          legend="Hoe antwoorden ouders?"
          multiple={false}
          required
          options={QUESTION_KINDS.map((k) => ({ value: k.key, label: k.label }))}
        />
        <TextField
          name="options"
          label="Antwoorden om uit te kiezen (alleen bij meerkeuze)"
          description={`Elk antwoord op een eigen regel, hoogstens ${MAX_OPTIONS}. ‘Ik weet het niet’ zetten we er zelf onder.`}
          rows={4}
          maxLength={QUESTIONNAIRE_LIMITS.options}
        />
        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {question ? 'Vraag opslaan' : 'Vraag toevoegen'}
          </Button>
          {cancelTo ? <Link to={cancelTo}>Stoppen met wijzigen</Link> : null}
        </div>
      </Form>
    </FormScope>
  );
}
