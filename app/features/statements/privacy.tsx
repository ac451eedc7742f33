import { Link } from 'react-router';

export default function PrivacyStatement() {
  return (
    <div className="narrow statement">
      <title>Privacyverklaring – Ouders in de wijk</title>
      <h1>Privacyverklaring</h1>
      <p className="lead">
        In Ouders in de wijk zet je gegevens over je werk in een wijk. Soms zijn dat gegevens over
        mensen. Op deze pagina lees je welke gegevens de app bewaart, waarom, en hoe lang.
      </p>

      <h2>Wie is verantwoordelijk?</h2>
      <p>
        De organisatie die de app gebruikt, is verantwoordelijk voor de gegevens die haar
        medewerkers invullen. Dat is bijvoorbeeld de GGD, de gemeente of het wijkteam waar je werkt.
        Elke organisatie heeft een eigen werkplek. Een andere organisatie kan jouw gegevens niet
        zien.
      </p>

      <h2>Welke gegevens bewaart de app?</h2>
      <h3>Over jou, als je een account hebt</h3>
      <ul>
        <li>Je naam, je e-mailadres en de naam van je organisatie.</li>
        <li>
          Je wachtwoord. Dat bewaren we niet zelf, maar alleen als een code waaruit je wachtwoord
          niet terug te halen is.
        </li>
        <li>
          Waar je bent ingelogd: het soort apparaat en browser, je IP-adres en wanneer je de app
          gebruikte. Zo kun je zien of iemand anders met jouw account werkt, en daar uitloggen.
        </li>
        <li>
          Of je de weekmail wilt krijgen. De weekmail gaat naar je eigen e-mailadres, met wat er die
          week te doen is in je plannen. Er staan geen namen van ouders in, alleen aantallen en het
          doel van een afspraak. Je zet hem uit op Mijn account.
        </li>
      </ul>
      <h3>In een plan</h3>
      <ul>
        <li>
          Plekken waar je ouders kunt ontmoeten, met de naam, het telefoonnummer en het e-mailadres
          van een contactpersoon. Dat zijn meestal mensen die daar voor hun werk zitten.
        </li>
        <li>Afspraken, bezoeken en aantekeningen die je zelf invult.</li>
        <li>
          Wat ouders vertelden (inzichten en citaten), zonder namen. Staat er toch iets in een
          citaat dat op een naam lijkt? Dan vraagt de app je dat eerst na te kijken.
        </li>
        <li>
          Uitnodigingen voor je team of voor een plan, met het e-mailadres als je dat invult.
          Reacties op de planning en goedkeuringen, met de naam van wie ze gaf.
        </li>
        <li>
          Antwoorden van ouders op een vragenlijst. Die zijn zonder naam. Alleen als een ouder zelf
          een telefoonnummer of e-mailadres invult én een vinkje zet voor toestemming, bewaren we
          dat, om contact op te nemen. Om misbruik te stoppen telt de app hoe vaak er van één adres
          antwoorden komen. Het IP-adres zelf bewaren we daarvoor niet, alleen een code waaruit het
          adres niet terug te halen is.
        </li>
        <li>
          Wie verantwoordelijk is voor een plan, en bij een overdracht: wie het plan aan wie gaf,
          wanneer, en de notitie daarbij. Een link voor een nieuw wachtwoord bewaren we alleen als
          code, en hij werkt maar één keer.
        </li>
        <li>
          Wat ouders vertellen. Schrijf dat op zonder namen. Over ouders zelf bewaar je zo weinig
          mogelijk.
        </li>
      </ul>

      <h2>Waarom?</h2>
      <p>
        De app bewaart deze gegevens alleen om je werk in de wijk te plannen en bij te houden, en om
        je account veilig te houden. De gegevens worden niet verkocht. Ze worden niet gebruikt voor
        reclame.
      </p>

      <h2>Cookies</h2>
      <p>
        De app gebruikt alleen cookies die nodig zijn: één om te onthouden dat je bent ingelogd, en
        één voor korte meldingen zoals &lsquo;Opgeslagen&rsquo;. Er zijn geen cookies om je te
        volgen, en er is geen bezoekersstatistiek.
      </p>

      <h2>Met wie deelt de app gegevens?</h2>
      <ul>
        <li>
          Met collega&rsquo;s in je eigen organisatie. Zij kunnen de plannen van de organisatie
          zien.
        </li>
        <li>
          Met mensen van een andere organisatie die je zelf uitnodigt voor één plan (partner of
          gast). Zij zien alleen dat plan, met je naam en je organisatie bij je reacties.
        </li>
        <li>
          Stuurt de app e-mail (een uitnodiging), dan gaat die via de mailserver die de beheerder
          van de app heeft ingesteld.
        </li>
        <li>
          Met de kaartdienst van het Kadaster (PDOK). Je browser haalt daar de kaartplaatjes op.
          PDOK ziet dan je IP-adres, maar niet wat je in de app zet. Zoek je een adres op, dan gaat
          alleen dat adres naar PDOK.
        </li>
        <li>Verder met niemand, tenzij de wet dat verplicht.</li>
      </ul>

      <h2>Hoe lang?</h2>
      <ul>
        <li>
          Gebruik je de app een dag niet, dan ben je vanzelf uitgelogd. Op de pagina Mijn account
          kun je ook zelf uitloggen op een apparaat.
        </li>
        <li>
          Verwijder je een plan of een plek, dan staat die 30 dagen in de prullenbak. Daarna is hij
          weg.
        </li>
        <li>Je accountgegevens blijven bewaard zolang je account bestaat.</li>
        <li>
          Is een plan afgerond of gearchiveerd? Dan wist de app na de bewaartermijn van je
          organisatie (gewoonlijk 12 maanden) de namen en andere gegevens over personen in dat plan.
          Contactpersonen en sleutelfiguren die je alleen uit zulke plannen kent, gaan dan ook weg.
          Bij elke persoon in je contacten staat waarom je de gegevens mag bewaren, en wanneer de
          persoon toestemming gaf. De app houdt bij wie gegevens over personen maakt, wijzigt,
          bekijkt, opslaat of wist. De beheerder kan dat zien, en kan alle gegevens over één persoon
          opslaan of overal wissen.
        </li>
      </ul>

      <h2>Veiligheid</h2>
      <p>
        De app stuurt alles versleuteld over het internet als je organisatie hem via https aanbiedt.
        Je moet inloggen om iets te zien. Veelgebruikte wachtwoorden zijn niet toegestaan. Een
        exportbestand van een plan bevat namen en telefoonnummers: bewaar het zorgvuldig.
      </p>

      <h2>Jouw rechten</h2>
      <p>
        Je mag vragen welke gegevens er over jou zijn. Je mag vragen om ze te verbeteren of te
        verwijderen. Vraag dat aan de beheerder van de organisatie die de app gebruikt. Ben je het
        niet eens met hoe je organisatie met je gegevens omgaat? Dan kun je een klacht indienen bij
        de Autoriteit Persoonsgegevens.
      </p>

      <p>
        Lees ook de <Link to="/toegankelijkheid">toegankelijkheidsverklaring</Link>.
      </p>
    </div>
  );
}
