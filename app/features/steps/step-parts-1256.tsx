import { Link } from 'react-router';

/** "Wijzigen" and "Verwijderen" links under a record; the hidden part tells which record. */
export function RecordLinks({ stepUrl, id, name }: { stepUrl: string; id: string; name: string }) {
  return (
    <p className="s1256-item__actions no-print">
      <Link to={`${stepUrl}?wijzig=${id}#item-${id}`}>
        Wijzigen<span className="visually-hidden">: {name}</span>
      </Link>
      <Link to={`${stepUrl}?verwijder=${id}#item-${id}`}>
        Verwijderen<span className="visually-hidden">: {name}</span>
      </Link>
    </p>
  );
}
