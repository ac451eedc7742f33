import '@fontsource-variable/noto-sans/wght.css';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './styles/theme.css';
import './styles/app.css';
import './lib/zod-config';
import { useEffect, useRef } from 'react';
import {
  data,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunctionArgs,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from 'react-router';
import { ListLinkNavigation } from '~/components/list-link';
import type { Route } from './+types/root';
import { getMember, pagePath, takePendingForm } from './features/auth/session.server';
import { readFlash } from './lib/flash.server';

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const member = await getMember(request);
  const { message, setCookie } = await readFlash(request);
  const keptId = url.searchParams.get('herstel');
  const page = pagePath(url).split('?')[0] ?? '/';
  const restoredForm = member && keptId ? await takePendingForm(keptId, page) : null;
  return data(
    {
      member: member ? { name: member.name, organisationName: member.organisationName } : null,
      flash: message,
      restoredForm,
    },
    setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined,
  );
}

// After a form comes back with errors, the message of an earlier success must go: React Router
// does not load the root again after a 4xx action by itself.
export function shouldRevalidate({
  actionStatus,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (actionStatus !== undefined && actionStatus >= 400) return true;
  return defaultShouldRevalidate;
}

/** Pages for parents (a questionnaire) say `handle = { parentPage: true }`: no links into the
 * professionals' app and no data sources in the footer. */
function useParentPage(): boolean {
  return useMatches().some(
    (match) => (match.handle as { parentPage?: boolean } | undefined)?.parentPage === true,
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>('root');
  const parentPage = useParentPage();
  return (
    <html lang="nl" dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-theme oidw-theme">
        <a className="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            {parentPage ? (
              <span className="site-header__name">Ouders in de wijk</span>
            ) : (
              <Link to={root?.member ? '/plannen' : '/'} className="site-header__name">
                Ouders in de wijk
              </Link>
            )}
            {root?.member && !parentPage ? (
              <nav aria-label="Hoofdmenu" className="site-nav">
                <ul>
                  <li>
                    <Link to="/plannen">Plannen</Link>
                  </li>
                  <li>
                    <Link to="/overzicht">Overzicht</Link>
                  </li>
                  <li>
                    <Link to="/contacten">Contacten</Link>
                  </li>
                  <li>
                    <Link to="/team">Team</Link>
                  </li>
                  <li>
                    <Link to="/taalcheck">Taalcheck</Link>
                  </li>
                  <li>
                    <Link to="/prullenbak">Prullenbak</Link>
                  </li>
                  <li>
                    <Link to="/account">Mijn account</Link>
                  </li>
                  <li>
                    <form method="post" action="/uitloggen">
                      <button type="submit" className="link-button">
                        Uitloggen
                      </button>
                    </form>
                  </li>
                </ul>
              </nav>
            ) : null}
          </div>
        </header>
        <main id="inhoud" tabIndex={-1} className="site-main">
          {root?.flash ? (
            <div className={`flash flash--${root.flash.kind}`} role="status">
              {root.flash.text}
            </div>
          ) : null}
          {children}
        </main>
        <footer className="site-footer">
          {parentPage ? null : (
            <p>
              Ouders in de wijk · Gegevens over wijken en buurten — Bron: CBS
              {root?.member ? ` · Ingelogd bij ${root.member.organisationName}` : ''}
            </p>
          )}
          <ul className="site-footer__links">
            <li>
              <Link to="/privacy">Privacyverklaring</Link>
            </li>
            <li>
              <Link to="/toegankelijkheid">Toegankelijkheid</Link>
            </li>
          </ul>
        </footer>
        <FocusOnHashTarget />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

/**
 * After a navigation in the page (JavaScript on) to an address with #id, the keyboard goes on
 * from that element, as it does after a full page load: "Plek toevoegen" puts the focus on the
 * new form, a save on the place it saved.
 */
function FocusOnHashTarget() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
  }, [location]);
  return null;
}

export default function App() {
  return (
    <>
      <ListLinkNavigation />
      <Outlet />
    </>
  );
}

export function links() {
  return [{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }];
}

export function ErrorBoundary() {
  const error = useRouteError();
  return <ErrorPage error={error} />;
}

/** A calm error page in Dutch; never a stack trace. */
export function ErrorPage({ error }: { error: unknown }) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const text = ERROR_TEXTS[status] ?? ERROR_TEXTS[500];
  return (
    <div className="error-page">
      <title>{`${text?.title} – Ouders in de wijk`}</title>
      <h1>{text?.title}</h1>
      <p>{text?.body}</p>
      <p>
        <Link to="/plannen">Naar je plannen</Link>
      </p>
      <p className="error-page__code">Foutcode: {status}</p>
    </div>
  );
}

const ERROR_TEXTS: Record<number, { title: string; body: string }> = {
  400: {
    title: 'Dit verzoek klopt niet',
    body: 'De pagina kreeg gegevens die hij niet begrijpt. Ga terug en probeer het opnieuw.',
  },
  401: {
    title: 'Log eerst in',
    body: 'Je moet ingelogd zijn om deze pagina te zien.',
  },
  403: {
    title: 'Geen toegang',
    body: 'Je hebt geen toegang tot deze pagina. Denk je dat dit niet klopt? Vraag het de beheerder van je organisatie.',
  },
  404: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet (meer), of je hebt er geen toegang toe. Controleer het adres.',
  },
  413: {
    title: 'Bestand te groot',
    body: 'Het bestand is groter dan 10 MB. Kies een kleiner bestand.',
  },
  429: {
    title: 'Even wachten',
    body: 'Er kwamen te veel verzoeken van jouw adres. Wacht een paar minuten en probeer het dan opnieuw.',
  },
  500: {
    title: 'Er ging iets mis',
    body: 'Er ging bij ons iets mis. Je gegevens zijn niet verloren. Probeer het over een paar minuten opnieuw.',
  },
};
