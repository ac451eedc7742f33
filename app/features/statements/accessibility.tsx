import { Link } from 'react-router';

export default function AccessibilityStatement() {
  return (
    <div className="narrow statement">
      <title>Toegankelijkheidsverklaring – Ouders in de wijk</title>
      <h1>Toegankelijkheidsverklaring</h1>
      <p className="lead">
        Iedereen moet Ouders in de wijk kunnen gebruiken. Ook als je slecht ziet, niet met een muis
        werkt of een schermlezer gebruikt. Op deze pagina lees je wat we daarvoor doen, en wat nog
        niet goed werkt.
      </p>

      <h2>Onze eis</h2>
      <p>
        De app moet voldoen aan de toegankelijkheidseisen WCAG 2.2, niveau AA. Die eisen gelden voor
        websites van de overheid in Nederland.
      </p>

      <h2>Wat we doen</h2>
      <ul>
        <li>
          Bij elke nieuwe versie controleert een programma (axe-core) elke pagina op fouten in
          toegankelijkheid, op een laptop en op een telefoon.
        </li>
        <li>We testen of je alles kunt doen met alleen het toetsenbord.</li>
        <li>
          Alle formulieren werken ook zonder JavaScript. Een fout in een formulier staat bij het
          veld, en wat je had ingevuld blijft staan.
        </li>
        <li>De teksten zijn in eenvoudig Nederlands geschreven, op taalniveau B1.</li>
        <li>Alle pagina&rsquo;s werken ook op een smal scherm, zoals dat van een telefoon.</li>
      </ul>

      <h2>Wat nog niet goed werkt</h2>
      <ul>
        <li>
          De PDF van de overzichtskaart is niet helemaal geschikt voor een schermlezer. Dezelfde
          informatie staat ook op de pagina van de overzichtskaart.
        </li>
        <li>Een onafhankelijke keuring door een deskundige is nog niet gedaan.</li>
      </ul>

      <h2>Werkt iets niet voor jou?</h2>
      <p>
        Laat het weten aan de beheerder van je organisatie. Vertel op welke pagina het was en wat er
        misging. Dan kan er een oplossing komen.
      </p>
      <p>
        Biedt jouw organisatie de app aan voor haar medewerkers of partners? Dan hoort bij de app
        een eigen verklaring in het register van de overheid. Deze pagina helpt je die in te vullen.
      </p>

      <p>
        Lees ook de <Link to="/privacy">privacyverklaring</Link>.
      </p>
    </div>
  );
}
