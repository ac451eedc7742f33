import { data } from 'react-router';

/** A plan, place or other record that does not exist or belongs to another organisation. */
export function notFound(): never {
  throw data(null, { status: 404 });
}

export function badRequest(): never {
  throw data(null, { status: 400 });
}

/** The person may see this, but not do it (for example a guest who posts a change). */
export function forbidden(): never {
  throw data(null, { status: 403 });
}
