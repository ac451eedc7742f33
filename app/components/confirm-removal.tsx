import { Button } from '@utrecht/component-library-react';
import { Form, Link } from 'react-router';

/**
 * The second step of removing something: a plain form, so it works without JavaScript. The page
 * shows it when the URL has ?verwijder=<id>.
 */
export function ConfirmRemoval(props: {
  title: string;
  text: string;
  intent: string;
  id: string;
  formAction: string;
  confirmLabel: string;
  cancelTo: string;
}) {
  return (
    <div className="confirm-removal no-print" id="verwijderen">
      <h3 id="verwijderen-titel">{props.title}</h3>
      <p>{props.text}</p>
      <div className="actions">
        <Form method="post" action={props.formAction}>
          <input type="hidden" name="intent" value={props.intent} />
          <input type="hidden" name="id" value={props.id} />
          <Button type="submit" appearance="secondary-action-button" className="danger">
            {props.confirmLabel}
          </Button>
        </Form>
        <Link to={props.cancelTo}>Nee, laten staan</Link>
      </div>
    </div>
  );
}
