import { Button } from '@utrecht/component-library-react';
import { Form } from 'react-router';
import {
  FieldsReadOnly,
  FormErrorSummary,
  FormScope,
  SelectField,
  TextField,
} from '~/components/form';
import { formatCalendarDate, formatDateTime } from '~/lib/dates';
import { TEAM_LIMITS } from './team-schemas';
import './teams.css';

type Comment = {
  id: string;
  itemId: string | null;
  authorName: string;
  authorOrganisation: string;
  text: string;
  createdAt: string;
};

export type PlanningReviewData = {
  comments: Comment[];
  approvals: { id: string; approvedOn: string; approvedByName: string }[];
  items: { key: string; label: string }[];
  canComment: boolean;
  canApprove: boolean;
};

/** Comments on the planning and its approval, at the bottom of the planning page. */
export function PlanningReview({ review }: { review: PlanningReviewData }) {
  const { comments, approvals, items, canComment, canApprove } = review;
  const labels = new Map(items.map((i) => [i.key, i.label]));
  const latest = approvals[0];
  return (
    <section aria-labelledby="goedkeuring" className="planning-review">
      <h2 id="goedkeuring">Goedkeuring</h2>
      <p>
        {latest
          ? `De planning is goedgekeurd door ${latest.approvedByName} op ${formatCalendarDate(latest.approvedOn)}.`
          : 'De planning is nog niet goedgekeurd door een leidinggevende.'}
      </p>
      {approvals.length > 1 ? (
        <details>
          <summary>Eerdere goedkeuringen ({approvals.length - 1})</summary>
          <ul>
            {approvals.slice(1).map((a) => (
              <li key={a.id}>
                {formatCalendarDate(a.approvedOn)}: {a.approvedByName}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {canApprove ? (
        <Form method="post" className="form--allowed">
          <input type="hidden" name="intent" value="goedkeuren" />
          <Button type="submit" appearance="primary-action-button">
            Planning goedkeuren
          </Button>
        </Form>
      ) : null}

      <h2 id="reacties">Reacties op de planning ({comments.length})</h2>
      {comments.length === 0 ? (
        <p>Er zijn nog geen reacties.</p>
      ) : (
        <ul className="planning-comments">
          {comments.map((c) => (
            <li key={c.id} className="panel planning-comment">
              <p>
                <strong>
                  {c.authorName} ({c.authorOrganisation})
                </strong>{' '}
                · {formatDateTime(c.createdAt)}
                {c.itemId
                  ? ` · over: ${labels.get(c.itemId) ?? 'een afspraak die er niet meer is'}`
                  : ''}
              </p>
              <p>{c.text}</p>
            </li>
          ))}
        </ul>
      )}
      {canComment ? (
        <FieldsReadOnly.Provider value={false}>
          <FormScope intent="reactie">
            <Form method="post" className="panel form--allowed" key={comments.length}>
              <FormErrorSummary />
              <input type="hidden" name="intent" value="reactie" />
              <SelectField
                name="over"
                label="Waar gaat je reactie over?"
                options={[
                  { value: '', label: 'De hele planning' },
                  ...items.map((i) => ({ value: i.key, label: i.label })),
                ]}
              />
              <TextField
                name="tekst"
                label="Je reactie"
                required
                rows={4}
                maxLength={TEAM_LIMITS.comment}
              />
              <Button type="submit" appearance="secondary-action-button">
                Reactie plaatsen
              </Button>
            </Form>
          </FormScope>
        </FieldsReadOnly.Provider>
      ) : null}
    </section>
  );
}
