import { FormFieldErrorMessage } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useField } from '~/components/form';
import { DutchIf, Localised } from './localised';
import { answerField, QUESTIONNAIRE_LIMITS } from './questionnaire-schema';
import {
  choicesOf,
  isDutchParentText,
  type Question,
  questionTextKey,
  type Texts,
} from './questions';
import { ScaleIcon } from './scale-icon';

/**
 * The questions as a parent answers them, and as the professional types in a paper form: one
 * group per question with big choices (the whole row can be tapped), pictures beside the words.
 */
export function AnswerFields({ questions, texts }: { questions: Question[]; texts: Texts }) {
  return (
    <ol className="vl-answer-list">
      {questions.map((question, index) => (
        <li key={question.id}>
          <QuestionField question={question} texts={texts} number={index + 1} />
        </li>
      ))}
    </ol>
  );
}

function QuestionField({
  question,
  texts,
  number,
}: {
  question: Question;
  texts: Texts;
  number: number;
}) {
  const name = answerField(question.id);
  const { value, error } = useField(name);
  const id = `veld-${name}`;
  const text = <Localised texts={texts} k={questionTextKey(question.id)} dutch={question.text} />;
  if (question.kind === 'open') {
    return (
      <div className="vl-answer">
        <label htmlFor={id} className="vl-answer__question">
          <span className="vl-answer__number">{number}. </span>
          {text}
        </label>
        {error ? <FormFieldErrorMessage id={`${id}-fout`}>{error}</FormFieldErrorMessage> : null}
        <textarea
          id={id}
          name={name}
          rows={4}
          maxLength={QUESTIONNAIRE_LIMITS.openAnswer}
          defaultValue={typeof value === 'string' ? value : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-fout` : undefined}
          className="utrecht-textarea utrecht-textarea--html-textarea vl-answer__open"
        />
      </div>
    );
  }
  const choices = choicesOf(question, texts);
  return (
    <fieldset
      className={`vl-answer vl-answer--${question.kind}`}
      id={id}
      aria-describedby={error ? `${id}-fout` : undefined}
    >
      <legend className="vl-answer__question">
        <span className="vl-answer__number">{number}. </span>
        {text}
      </legend>
      {error ? <FormFieldErrorMessage id={`${id}-fout`}>{error}</FormFieldErrorMessage> : null}
      <div className="vl-choices">
        {choices.map((choice) => (
          <label key={choice.value} className="vl-choice">
            <input
              type="radio"
              name={name}
              value={choice.value}
              defaultChecked={value === choice.value}
            />
            <ScaleIcon icon={choice.icon} size={40} />
            <span>
              <DutchIf dutch={choice.dutch}>{choice.label}</DutchIf>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Contact details a parent may leave, only taken with the consent box ticked. */
/** A message next to a field; marked as Dutch where no translation stood in for it. */
function ParentError({ id, message }: { id: string; message: string }) {
  const dutch = isDutchParentText(message);
  return (
    <p
      id={id}
      className="utrecht-form-field-error-message"
      lang={dutch ? 'nl' : undefined}
      dir={dutch ? 'ltr' : undefined}
    >
      {message}
    </p>
  );
}

export function ContactField({ question, consent }: { question: ReactNode; consent: ReactNode }) {
  const contact = useField('contact');
  const agreed = useField('toestemming');
  return (
    <div className="vl-contact">
      <label htmlFor="veld-contact" className="vl-answer__question">
        {question}
      </label>
      <input
        id="veld-contact"
        name="contact"
        maxLength={QUESTIONNAIRE_LIMITS.contact}
        autoComplete="off"
        defaultValue={typeof contact.value === 'string' ? contact.value : ''}
        className="utrecht-textbox utrecht-textbox--html-input"
        dir="auto"
        aria-invalid={contact.error ? true : undefined}
        aria-describedby={contact.error ? 'veld-contact-fout' : undefined}
      />
      {contact.error ? <ParentError id="veld-contact-fout" message={contact.error} /> : null}
      {agreed.error ? <ParentError id="veld-toestemming-fout" message={agreed.error} /> : null}
      <label className="vl-choice vl-choice--consent">
        <input
          type="checkbox"
          id="veld-toestemming"
          name="toestemming"
          defaultChecked={agreed.posted ? agreed.posted.toestemming === 'on' : false}
          aria-invalid={agreed.error ? true : undefined}
          aria-describedby={agreed.error ? 'veld-toestemming-fout' : undefined}
        />
        <span>{consent}</span>
      </label>
    </div>
  );
}
