import { data } from 'react-router';
import { ErrorPage } from '~/root';

export function loader() {
  throw data(null, { status: 404 });
}

export function action() {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return <ErrorPage error={null} />;
}

export function ErrorBoundary() {
  return (
    <ErrorPage error={{ status: 404, statusText: 'Not Found', internal: false, data: null }} />
  );
}
