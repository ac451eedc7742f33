import { Link } from 'react-router';
import { labelOf, METHODS } from '~/features/plans/domain';
import { formatCalendarDate } from '~/lib/dates';
import { checklistFor } from './session-checklist';
import type { Session } from './sessions.server';

export function SessionList({ planId, sessions }: { planId: string; sessions: Session[] }) {
  if (sessions.length === 0) return <p>Er zijn nog geen bijeenkomsten gepland.</p>;
  return (
    <ul className="ses-list">
      {sessions.map((s) => {
        const total = checklistFor(s.method).length;
        const done = s.checklist.filter((item) => checklistFor(s.method).includes(item)).length;
        return (
          <li key={s.id} className="panel ses-item">
            <h2 className="ses-item__title">
              <Link to={`/plannen/${planId}/bijeenkomsten/${s.id}`}>{sessionName(s)}</Link>
            </h2>
            <p>
              {formatCalendarDate(s.date)}
              {s.startTime ? `, ${s.startTime}${s.endTime ? `–${s.endTime}` : ''}` : ''}
              {s.place ? ` · ${s.place}` : ''}
            </p>
            <p>
              Voorbereiding: {done} van {total} punten klaar.
              {s.attendedParents !== null
                ? ` Er kwamen ${s.attendedParents} ${s.attendedParents === 1 ? 'ouder' : 'ouders'}.`
                : s.expectedParents !== null
                  ? ` Verwacht: ${s.expectedParents} ${s.expectedParents === 1 ? 'ouder' : 'ouders'}.`
                  : ''}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export function sessionName(session: Pick<Session, 'method' | 'title'>): string {
  const method = labelOf(METHODS, session.method);
  return session.title ? `${session.title} (${method})` : method;
}
