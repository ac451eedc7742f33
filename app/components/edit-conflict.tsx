import { Link, useActionData } from 'react-router';
import { formatDateTime } from '~/lib/dates';
import type { FormValues } from '~/lib/forms';
import './edit-conflict.css';

// The notice that an edit form shows when what the user opened was changed meanwhile (409), by a
// colleague or in another tab. The form keeps everything typed; the notice shows what is stored
// now, and the form's buttons become "Mijn versie opslaan" and "Wat er nu staat houden".

/** One field where what is stored now differs from what the user typed. */
export type Difference = { field: string; label: string; stored: string; mine: string };

export type EditConflict = {
  /** When the stored version was saved, if known. */
  changedAt: string | null;
  /** Hidden token fields with what the form must post to replace what is stored now. */
  tokens: Record<string, string>;
  differences: Difference[];
  /** Ids of records that were removed meanwhile (their text is still in `differences`). */
  removed?: string[];
};

export const SAVE_MINE = 'Mijn versie opslaan';
export const KEEP_STORED = 'Wat er nu staat houden';

type Posted = { intent?: string; values?: FormValues; conflict?: EditConflict };

/** The conflict for the form with this intent (and, for a list, this record), if any. */
export function useEditConflict(intent: string, id?: string): EditConflict | undefined {
  const posted = useActionData() as Posted | undefined;
  if (!posted || typeof posted !== 'object' || posted.intent !== intent) return undefined;
  if (!posted.conflict) return undefined;
  if (id !== undefined && posted.values?.id !== id) return undefined;
  return posted.conflict;
}

/**
 * The token a hidden field carries: after a conflict the one of what is stored now; after another
 * failed post the one the user posted (the form still holds the old text); else the loaded one.
 */
export function useToken(intent: string, name: string, loaded: string, id?: string): string {
  const posted = useActionData() as Posted | undefined;
  const conflict = useEditConflict(intent, id);
  if (conflict && name in conflict.tokens) return conflict.tokens[name] ?? loaded;
  if (posted?.intent === intent && (id === undefined || posted.values?.id === id)) {
    const value = posted.values?.[name];
    if (typeof value === 'string') return value;
  }
  return loaded;
}

export function HiddenToken(props: { intent: string; name: string; loaded: string; id?: string }) {
  const value = useToken(props.intent, props.name, props.loaded, props.id);
  return <input type="hidden" name={props.name} value={value} />;
}

/** The notice above the form, with what is stored now beside what the user typed. */
export function EditConflictNotice({ conflict }: { conflict: EditConflict }) {
  return (
    <div className="edit-conflict" role="alert">
      <h4 className="edit-conflict__title">Dit is intussen ook gewijzigd</h4>
      <p>
        Misschien door een collega of in een ander tabblad
        {conflict.changedAt ? <>, op {formatDateTime(conflict.changedAt)}</> : null}. Jouw
        wijzigingen zijn nog niet opgeslagen. Hieronder zie je wat er nu staat. Kies wat je wilt
        bewaren.
      </p>
      <div className="table-wrap">
        <table className="data-table edit-conflict__table">
          <caption className="visually-hidden">Wat er nu staat en wat jij hebt ingevuld</caption>
          {/* The field name on a row of its own, so two columns of text fit on a phone. */}
          <thead>
            <tr>
              <th scope="col">Wat er nu staat</th>
              <th scope="col">Jouw versie</th>
            </tr>
          </thead>
          {conflict.differences.map((difference) => (
            <tbody key={difference.field}>
              <tr>
                <th scope="rowgroup" colSpan={2} className="edit-conflict__field">
                  {difference.label}
                </th>
              </tr>
              <tr>
                <td dir="auto">{difference.stored || <em>leeg</em>}</td>
                <td dir="auto">{difference.mine || <em>leeg</em>}</td>
              </tr>
            </tbody>
          ))}
        </table>
      </div>
      <ul>
        <li>
          <strong>{SAVE_MINE}</strong>: wat jij hieronder hebt ingevuld, komt in de plaats van wat
          er nu staat. Je kunt eerst nog iets overnemen.
        </li>
        <li>
          <strong>{KEEP_STORED}</strong>: jouw wijzigingen vervallen.
        </li>
      </ul>
    </div>
  );
}

/** The link that drops this user's changes: a plain link, so the page loads what is stored. */
export function KeepStoredLink({ to }: { to: string }) {
  return <Link to={to}>{KEEP_STORED}</Link>;
}
