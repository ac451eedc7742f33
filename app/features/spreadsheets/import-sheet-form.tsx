import { Button, FormLabel } from '@utrecht/component-library-react';
import { Form, Link, useNavigation } from 'react-router';
import type { ImportStep } from './import-action.server';
import type { ImportField } from './import-fields';
import './import-sheet.css';

// The two steps of a spreadsheet import as plain forms (no JavaScript needed): choose a file,
// then say per column what it holds, with the first rows as an example.

export function ImportSheetForm(props: {
  step: ImportStep | undefined;
  fields: ImportField[];
  what: string;
  cancelTo: string;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const step = props.step;
  if (step?.step === 'match') return <MatchColumns {...props} step={step} busy={busy} />;
  const error = step?.step === 'upload' ? step.error : undefined;
  return (
    <>
      {error ? (
        <div className="form-error-summary" role="alert" tabIndex={-1}>
          <p className="form-error-summary__title">Er is niets geïmporteerd.</p>
          <p>
            <a href="#veld-file">{error}</a>
          </p>
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="panel import-sheet__form">
        <input type="hidden" name="intent" value="bestand" />
        <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="veld-file">Bestand (Excel .xlsx of CSV)</FormLabel>
          </div>
          <p className="utrecht-form-field-description" id="veld-file-uitleg">
            De eerste regel heeft de namen van de kolommen. Hoogstens 2 MB en 2000 regels.
          </p>
          {error ? (
            <p className="utrecht-form-field-error-message" id="veld-file-fout">
              {error}
            </p>
          ) : null}
          <div className="utrecht-form-field__input">
            <input
              type="file"
              id="veld-file"
              name="file"
              required
              accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'veld-file-uitleg veld-file-fout' : 'veld-file-uitleg'}
            />
          </div>
        </div>
        <div className="actions">
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {busy ? 'Bezig met lezen…' : 'Bestand bekijken'}
          </Button>
          <Link to={props.cancelTo}>Terug</Link>
        </div>
      </Form>
    </>
  );
}

function MatchColumns(props: {
  step: Extract<ImportStep, { step: 'match' }>;
  fields: ImportField[];
  what: string;
  cancelTo: string;
  busy: boolean;
}) {
  const { step, fields } = props;
  const problems =
    step.errors.length + step.rowErrors.length + Object.keys(step.columnErrors).length;
  return (
    <>
      {problems > 0 ? (
        <div className="form-error-summary" role="alert" tabIndex={-1}>
          <p className="form-error-summary__title">
            Er is niets geïmporteerd. Pas dit aan en probeer het opnieuw:
          </p>
          <ul className="import-sheet__errors">
            {step.errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
            {Object.entries(step.columnErrors).map(([column, message]) => (
              <li key={`kolom-${column}`}>
                <a href={`#veld-kolom-${column}`}>{`Kolom ${Number(column) + 1}: ${message}`}</a>
              </li>
            ))}
            {step.rowErrors.map((error) => (
              <li key={`${error.row}-${error.field}`}>
                {`Regel ${error.row}, ${error.field}: ${error.message}`}
              </li>
            ))}
          </ul>
          {step.rowErrors.length > 0 ? (
            <p>Verbeter deze regels in je bestand en kies het daarna opnieuw.</p>
          ) : null}
        </div>
      ) : null}
      <p>
        Bestand: <strong>{step.fileName}</strong>, {step.rowCount}{' '}
        {step.rowCount === 1 ? 'regel' : 'regels'}. Kies bij elke kolom wat erin staat. Onder elke
        kolom zie je de eerste regels als voorbeeld.
      </p>
      <Form method="post" className="import-sheet__form">
        <input type="hidden" name="intent" value="importeren" />
        <input type="hidden" name="sheet" value={step.sheet} />
        <ol className="import-sheet__columns">
          {step.headers.map((header, i) => {
            const id = `veld-kolom-${i}`;
            const error = step.columnErrors[i];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
              <li key={i} className="panel import-sheet__column">
                <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
                  <div className="utrecht-form-field__label">
                    <FormLabel htmlFor={id}>
                      {`Kolom ${i + 1}: ${header === '' ? '(zonder naam)' : header}`}
                    </FormLabel>
                  </div>
                  {error ? (
                    <p className="utrecht-form-field-error-message" id={`${id}-fout`}>
                      {error}
                    </p>
                  ) : null}
                  <div className="utrecht-form-field__input">
                    <select
                      id={id}
                      name={`kolom-${i}`}
                      className="utrecht-select utrecht-select--html-select"
                      defaultValue={step.mapping[i] ?? ''}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={[error ? `${id}-fout` : '', `${id}-voorbeeld`]
                        .filter(Boolean)
                        .join(' ')}
                    >
                      <option value="">Niet importeren</option>
                      {fields.map((field) => (
                        <option key={field.key} value={field.key}>
                          {field.label}
                          {field.required ? ' (nodig)' : ''}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <div id={`${id}-voorbeeld`} className="import-sheet__samples">
                  <span className="import-sheet__samples-title">Voorbeeld:</span>
                  <ul>
                    {step.samples.map((row, r) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: sample rows are positional.
                      <li key={r}>{row[i] === '' || row[i] === undefined ? '(leeg)' : row[i]}</li>
                    ))}
                  </ul>
                </div>
              </li>
            );
          })}
        </ol>
        <div className="actions">
          <Button type="submit" appearance="primary-action-button" disabled={props.busy}>
            {props.busy ? 'Bezig met importeren…' : `${props.what} importeren`}
          </Button>
          <Link to="?">Ander bestand kiezen</Link>
          <Link to={props.cancelTo}>Stoppen</Link>
        </div>
      </Form>
    </>
  );
}
