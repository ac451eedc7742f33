import { Button } from '@utrecht/component-library-react';
import { Form, Link } from 'react-router';
import { FormScope, SelectField, TextField } from '~/components/form';
import { formatDateTime } from '~/lib/dates';
import { normaliseDate } from '~/lib/forms';
import type { Route } from './+types/audit-log';
import { listAudit, listAuditActors } from './audit.server';
import { readAuditFilter } from './audit-filter';
import { AUDIT_ACTIONS, AUDIT_SUBJECTS, auditActionLabel, auditSubjectLabel } from './audit-labels';
import { loadBeheerderContext } from './beheerder.server';
import './privacy.css';

const SHOWN = 500;

export async function loader({ request }: Route.LoaderArgs) {
  const { member, db } = await loadBeheerderContext(request);
  const scope = { organisationId: member.organisationId };
  const url = new URL(request.url);
  const { values, filter, errors } = readAuditFilter(url.searchParams);
  const rows = await listAudit(db, { ...scope, filter, limit: SHOWN + 1 });
  return {
    values,
    errors,
    rows: rows.slice(0, SHOWN),
    more: rows.length > SHOWN,
    actors: await listAuditActors(db, scope),
    query: url.searchParams.toString(),
  };
}

export default function AuditLog({ loaderData }: Route.ComponentProps) {
  const { values, errors, rows, more, actors, query } = loaderData;
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <>
      <title>Auditlog – Ouders in de wijk</title>
      <p>
        <Link to="/organisatie">Privacy en gegevens</Link>
      </p>
      <h1>Auditlog</h1>
      <p className="lead">
        Hier zie je wie gegevens over personen heeft gemaakt, gewijzigd, bekeken, geëxporteerd of
        gewist. Alleen beheerders zien deze pagina.
      </p>

      <FormScope defaults={values}>
        <Form method="get" className="panel audit-filter" aria-labelledby="filter-titel">
          <h2 id="filter-titel">Filteren</h2>
          {hasErrors ? (
            <div role="alert" className="audit-filter__errors">
              <p>Kijk de datums na. Zolang een datum niet klopt, filtert de lijst er niet op.</p>
              <ul>
                {Object.entries(errors).map(([field, message]) => (
                  <li key={field}>
                    <a href={`#veld-${field}`}>{message}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="audit-filter__fields">
            <SelectField
              name="actie"
              label="Wat"
              placeholder="Alles"
              options={AUDIT_ACTIONS.map((a) => ({ value: a.value, label: a.label }))}
            />
            <SelectField
              name="soort"
              label="Over"
              placeholder="Alles"
              options={AUDIT_SUBJECTS.map((s) => ({ value: s.value, label: s.label }))}
            />
            <SelectField
              name="wie"
              label="Wie"
              placeholder="Iedereen"
              options={actors.map((a) => ({ value: a.id, label: a.name }))}
            />
            <FilterDate name="van" label="Van" value={values.van} error={errors.van} />
            <FilterDate name="tot" label="Tot en met" value={values.tot} error={errors.tot} />
            <TextField name="zoek" label="Zoeken op naam" type="search" maxLength={200} />
          </div>
          <div className="actions">
            <Button type="submit" appearance="primary-action-button">
              Filteren
            </Button>
            <Link to="/organisatie/auditlog">Alle regels</Link>
          </div>
        </Form>
      </FormScope>

      <p>
        <a href={`/organisatie/auditlog.csv${query ? `?${query}` : ''}`} download>
          Deze regels opslaan als CSV (voor Excel)
        </a>
      </p>

      {rows.length === 0 ? (
        <p>Er zijn geen regels die passen bij dit filter.</p>
      ) : (
        <div className="audit-table-wrap">
          <table className="audit-table">
            <caption>
              {more
                ? `De nieuwste ${SHOWN} regels. Het CSV-bestand heeft ze allemaal.`
                : `${rows.length} ${rows.length === 1 ? 'regel' : 'regels'}, de nieuwste eerst.`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Wie</th>
                <th scope="col">Wat</th>
                <th scope="col">Over</th>
                <th scope="col">Toelichting</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{formatDateTime(row.at)}</td>
                  <td>{row.actorName}</td>
                  <td>{auditActionLabel(row.action)}</td>
                  <td>
                    {auditSubjectLabel(row.subjectKind)}: {row.subjectLabel}
                  </td>
                  <td>{row.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** A date field of the GET form; its message comes from the loader, not from an action. */
function FilterDate(props: { name: string; label: string; value: string; error?: string }) {
  const id = `veld-${props.name}`;
  return (
    <div className={`utrecht-form-field${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {props.label} <span className="optional">(niet verplicht)</span>
        </label>
      </div>
      {props.error ? (
        <p className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {props.error}
        </p>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          id={id}
          name={props.name}
          type="date"
          defaultValue={normaliseDate(props.value)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-fout` : undefined}
        />
      </div>
    </div>
  );
}
