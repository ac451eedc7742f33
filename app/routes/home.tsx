import { Link, redirect } from 'react-router';
import { getMember } from '~/features/auth/session.server';
import type { Route } from './+types/home';

export async function loader({ request }: Route.LoaderArgs) {
  if (await getMember(request)) throw redirect('/plannen');
  return null;
}

export default function Home() {
  return (
    <div className="home">
      <title>Ouders in de wijk</title>
      <h1>Samen met alle ouders in de wijk</h1>
      <p className="lead">
        Wil je ouders in een wijk beter bereiken? Ook ouders die het moeilijk hebben, weinig geld
        hebben of nog weinig Nederlands spreken? Met dit hulpmiddel werk je dat in zes stappen uit:
        van wie en waarom tot het terugkoppelen aan ouders.
      </p>
      <ol className="home__steps">
        <li>Bepaal met welke ouders je wilt werken, en waarom.</li>
        <li>Zoek uit in welke wijken deze ouders wonen.</li>
        <li>Maak een overzicht van plekken waar ouders komen.</li>
        <li>Bouw vertrouwen op: ga vaak langs en kom afspraken na.</li>
        <li>Kies hoe je samen met ouders werkt.</li>
        <li>Laat ouders weten wat je met hun inbreng doet.</li>
      </ol>
      <p className="actions">
        <Link className="utrecht-button-link utrecht-button-link--primary-action" to="/registreren">
          Account maken
        </Link>
        <Link className="utrecht-button-link utrecht-button-link--secondary-action" to="/inloggen">
          Inloggen
        </Link>
      </p>
    </div>
  );
}
