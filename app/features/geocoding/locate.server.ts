import { findMunicipality } from '~/features/regions/regions.server';
import { getConfig } from '~/lib/config.server';
import { getPdok, type PdokLocatieserver } from '~/lib/pdok.server';
import type { GeocodeResult, LocateAllReport } from './geocode.server';

/** The process's PDOK adapter, for the configured base URL. */
export function configuredPdok(): PdokLocatieserver {
  return getPdok(getConfig().pdokLocatieserverUrl);
}

/** The name of a wijk by its CBS code ("WK034403" → "Overvecht"), from the bundled regions. */
export function wijkName(code: string | null | undefined): string | null {
  if (!code || !/^WK\d{6}$/.test(code)) return null;
  const wijk = findMunicipality(`GM${code.slice(2, 6)}`)?.wijken.find((w) => w.code === code);
  // Bundled names read "Wijk 03 Overvecht": the number means nothing to a reader.
  return wijk ? wijk.name.replace(/^Wijk \d+\s+/, '') : null;
}

export type FlashText = { kind: 'ok' | 'warning'; text: string };

/** What the user reads after a place was saved and its address looked up. */
export function savedPlaceMessage(
  saved: string,
  kind: GeocodeResult['kind'] | 'missing',
  wijk: string | null,
): FlashText {
  if (kind === 'found')
    return { kind: 'ok', text: wijk ? `${saved} Het adres ligt in de wijk ${wijk}.` : saved };
  if (kind === 'not-found')
    return {
      kind: 'warning',
      text: `${saved} Maar we konden het adres niet vinden op de kaart. Kijk of het adres en de postcode kloppen, en zoek het daarna opnieuw op.`,
    };
  if (kind === 'unavailable')
    return {
      kind: 'warning',
      text: `${saved} Het adres opzoeken lukte nu niet: de adreszoeker van PDOK gaf geen antwoord. Er is niets verloren. Probeer het later opnieuw met de knop ‘Adres opnieuw zoeken’.`,
    };
  return { kind: 'ok', text: saved };
}

export function locateAllMessage(report: LocateAllReport): FlashText {
  const places = (n: number) => (n === 1 ? '1 plek' : `${n} plekken`);
  const parts: string[] = [];
  if (report.found > 0) parts.push(`Gevonden: ${places(report.found)}.`);
  if (report.notFound > 0) parts.push(`Niet gevonden: ${places(report.notFound)}.`);
  if (report.empty > 0) parts.push(`Zonder adres: ${places(report.empty)}.`);
  if (report.unavailable > 0)
    parts.push(
      `De adreszoeker van PDOK gaf geen antwoord, dus ${report.unavailable === 1 ? '1 plek is' : `${report.unavailable} plekken zijn`} nog niet opgezocht. Probeer het later opnieuw.`,
    );
  if (parts.length === 0)
    return { kind: 'ok', text: 'Alle plekken met een adres staan al op de kaart.' };
  return {
    kind: report.notFound > 0 || report.unavailable > 0 ? 'warning' : 'ok',
    text: `De adressen zijn opgezocht. ${parts.join(' ')}`,
  };
}

/** What the user reads after "Adres opnieuw zoeken". */
export function retryMessage(
  name: string,
  kind: GeocodeResult['kind'] | 'missing',
  wijk: string | null,
): FlashText {
  if (kind === 'found')
    return {
      kind: 'ok',
      text: `Het adres van ${name} is gevonden.${wijk ? ` Het ligt in de wijk ${wijk}.` : ''}`,
    };
  if (kind === 'unavailable')
    return {
      kind: 'warning',
      text: 'De adreszoeker van PDOK gaf geen antwoord. Probeer het later opnieuw.',
    };
  if (kind === 'empty')
    return {
      kind: 'warning',
      text: `${name} heeft geen adres om op te zoeken. Vul een straat en huisnummer in, met een postcode of een plaats.`,
    };
  return {
    kind: 'warning',
    text: `We konden het adres van ${name} niet vinden. Kijk of het adres en de postcode kloppen.`,
  };
}
