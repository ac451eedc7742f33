import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { createContext, type ReactNode, useContext, useId } from 'react';
import { useActionData, useRouteLoaderData } from 'react-router';
import type { FieldErrors, FormValues } from '~/lib/forms';

/**
 * What an action returns when a form is not valid: messages per field and everything typed.
 * `intent` tells which form on the page it belongs to.
 */
export type FormFailure = { intent?: string; errors: FieldErrors; values: FormValues };

const FormScopeContext = createContext<{ intent: string | undefined; defaults: FormValues }>({
  intent: undefined,
  defaults: {},
});

/**
 * Inside a plan the person may only read (a guest, a leidinggevende), every field shows its
 * value but cannot be changed; the plan layout sets this, a form that stays allowed (a
 * comment) sets it back to false.
 */
export const FieldsReadOnly = createContext(false);

/** Gives the fields inside it their typed values back after a failed post (or a sign-in). */
export function FormScope({
  intent,
  defaults = {},
  children,
}: {
  intent?: string;
  defaults?: FormValues;
  children: ReactNode;
}) {
  return (
    <FormScopeContext.Provider value={{ intent, defaults }}>{children}</FormScopeContext.Provider>
  );
}

function useFailure(): FormFailure | undefined {
  const { intent } = useContext(FormScopeContext);
  const data = useActionData() as FormFailure | undefined;
  if (!data || typeof data !== 'object' || !('errors' in data)) return undefined;
  if ((data.intent ?? undefined) !== intent) return undefined;
  return data;
}

function useRestored(): FormValues | undefined {
  const root = useRouteLoaderData('root') as { restoredForm?: FormValues | null } | undefined;
  return root?.restoredForm ?? undefined;
}

/**
 * The value a field shows: what was just typed (failed post or kept form), else the saved one.
 * `posted` is everything the user posted with this form, when that is being shown: then a
 * checkbox that is absent from it was not ticked.
 */
export function useField(name: string): {
  value: string | string[] | undefined;
  error: string | undefined;
  posted: FormValues | undefined;
} {
  const { intent, defaults } = useContext(FormScopeContext);
  const failure = useFailure();
  const restored = useRestored();
  // A kept form belongs to one form of the page: the one with the same intent.
  const kept = restored && (restored.intent ?? undefined) === intent ? restored : undefined;
  const posted = failure?.values ?? kept;
  return { value: posted?.[name] ?? defaults[name], error: failure?.errors[name], posted };
}

export function FormErrorSummary() {
  const failure = useFailure();
  if (!failure) return null;
  const messages = Object.entries(failure.errors);
  if (messages.length === 0) return null;
  return (
    <div className="form-error-summary" role="alert" tabIndex={-1}>
      <p className="form-error-summary__title">
        {messages.length === 1
          ? 'Er is 1 ding niet goed ingevuld:'
          : `Er zijn ${messages.length} dingen niet goed ingevuld:`}
      </p>
      <ul>
        {messages.map(([field, message]) => (
          <li key={field}>
            {field === 'form' ? message : <a href={`#veld-${field}`}>{message}</a>}
          </li>
        ))}
      </ul>
    </div>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  description?: string;
  required?: boolean;
  maxLength: number;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date' | 'time' | 'url' | 'search';
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'numeric';
  /** Rows > 1 makes it a textarea. */
  rows?: number;
  defaultValue?: string;
};

export function TextField(props: TextFieldProps) {
  const { value, error } = useField(props.name);
  const readOnly = useContext(FieldsReadOnly);
  const id = `veld-${props.name}`;
  const descriptionId = `${id}-uitleg`;
  const errorId = `${id}-fout`;
  const describedBy = [props.description ? descriptionId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  const shown = typeof value === 'string' ? value : (props.defaultValue ?? '');
  const common = {
    id,
    name: props.name,
    required: props.required,
    invalid: Boolean(error),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    defaultValue: props.type === 'password' ? undefined : shown,
    readOnly: readOnly || undefined,
  } as const;
  return (
    <FormField invalid={Boolean(error)} type={props.rows ? 'textarea' : 'text'}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {props.label}
          {props.required ? null : <span className="optional"> (niet verplicht)</span>}
        </FormLabel>
      </div>
      {props.description ? (
        <FormFieldDescription id={descriptionId}>{props.description}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">
        {props.rows ? (
          <Textarea {...common} rows={props.rows} maxLength={props.maxLength} />
        ) : (
          <Textbox
            {...common}
            type={props.type ?? 'text'}
            maxLength={props.maxLength}
            autoComplete={props.autoComplete}
            inputMode={props.inputMode}
          />
        )}
      </div>
    </FormField>
  );
}

type Option = { value: string; label: string };

export function SelectField(props: {
  name: string;
  label: string;
  options: Option[];
  required?: boolean;
  description?: string;
  defaultValue?: string;
  placeholder?: string;
}) {
  const { value, error } = useField(props.name);
  const readOnly = useContext(FieldsReadOnly);
  const id = `veld-${props.name}`;
  const shown = typeof value === 'string' ? value : (props.defaultValue ?? '');
  return (
    <FormField invalid={Boolean(error)} type="select">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {props.label}
          {props.required ? null : <span className="optional"> (niet verplicht)</span>}
        </FormLabel>
      </div>
      {props.description ? (
        <FormFieldDescription id={`${id}-uitleg`}>{props.description}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={`${id}-fout`}>{error}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          name={props.name}
          required={props.required}
          disabled={readOnly || undefined}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [props.description ? `${id}-uitleg` : null, error ? `${id}-fout` : null]
              .filter(Boolean)
              .join(' ') || undefined
          }
          defaultValue={shown}
        >
          {props.placeholder !== undefined ? (
            <SelectOption value="">{props.placeholder}</SelectOption>
          ) : null}
          {props.options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

/** A group of checkboxes (many) or radio buttons (one) in a fieldset with a legend. */
export function ChoiceGroup(props: {
  name: string;
  legend: string;
  options: Option[];
  multiple: boolean;
  required?: boolean;
  description?: string;
  defaultValue?: string | string[];
}) {
  const { value, error, posted } = useField(props.name);
  const readOnly = useContext(FieldsReadOnly);
  const groupId = useId();
  const id = `veld-${props.name}`;
  const current = posted
    ? (posted[props.name] ?? [])
    : (value ?? props.defaultValue ?? (props.multiple ? [] : ''));
  const selected = new Set(Array.isArray(current) ? current : [current]);
  return (
    <fieldset
      className="utrecht-form-fieldset choice-group"
      id={id}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-fout` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend">{props.legend}</legend>
      {props.description ? (
        <FormFieldDescription id={`${id}-uitleg`}>{props.description}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={`${id}-fout`}>{error}</FormFieldErrorMessage> : null}
      {props.options.map((option, index) => {
        const optionId = `${groupId}-${index}`;
        const Input = props.multiple ? Checkbox : RadioButton;
        return (
          <div className="choice" key={option.value}>
            <Input
              id={optionId}
              name={props.name}
              value={option.value}
              defaultChecked={selected.has(option.value)}
              disabled={readOnly || undefined}
              required={!props.multiple && props.required ? true : undefined}
              invalid={Boolean(error)}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function CheckboxField(props: {
  name: string;
  label: string;
  defaultChecked?: boolean;
  description?: string;
}) {
  const { value, posted } = useField(props.name);
  const id = `veld-${props.name}`;
  const checked = posted
    ? posted[props.name] === 'on'
    : value === 'on' || Boolean(props.defaultChecked);
  return (
    <div className="choice">
      <Checkbox
        id={id}
        name={props.name}
        defaultChecked={checked}
        disabled={useContext(FieldsReadOnly) || undefined}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.description ? <p className="choice__description">{props.description}</p> : null}
    </div>
  );
}
