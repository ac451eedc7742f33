import { z } from 'zod';
import { todayInAmsterdam } from '~/lib/dates';
import { dateText, oneOf, optionalText } from '~/lib/forms';

// The AVG (GDPR art. 6) lets an organisation keep personal data only on one of six grounds.
// For people in the register the professional records which one, and with "toestemming"
// also when, how and for what the person agreed (art. 7: the organisation must be able to show it).

export const LEGAL_BASES = [
  {
    value: 'toestemming',
    label: 'Toestemming: de persoon heeft gezegd dat het mag',
  },
  {
    value: 'gerechtvaardigd-belang',
    label: 'Gerechtvaardigd belang: nodig voor het werk, en de persoon verwacht het',
  },
  {
    value: 'publieke-taak',
    label: 'Publieke taak: nodig voor een taak die de wet aan je organisatie geeft',
  },
  { value: 'overeenkomst', label: 'Overeenkomst: nodig voor een afspraak met deze persoon' },
  { value: 'wettelijke-plicht', label: 'Wettelijke plicht: de wet zegt dat je het moet bewaren' },
  {
    value: 'vitaal-belang',
    label: 'Vitaal belang: nodig om iemands leven of gezondheid te beschermen',
  },
] as const;

export type LegalBasis = (typeof LEGAL_BASES)[number]['value'];

export const CONSENT_HOW = [
  { value: 'mondeling', label: 'Mondeling (in een gesprek of aan de telefoon)' },
  { value: 'schriftelijk', label: 'Op papier, met handtekening' },
  { value: 'e-mail', label: 'Per e-mail' },
  { value: 'bericht', label: 'Met een bericht (zoals WhatsApp of sms)' },
  { value: 'formulier', label: 'Met een formulier op internet' },
] as const;

export const CONSENT_LIMITS = { consentFor: 1000 } as const;

/** The short name of a basis, as the person page shows it. */
export function legalBasisName(value: string): string {
  const found = LEGAL_BASES.find((b) => b.value === value);
  return found ? (found.label.split(':')[0] ?? value) : 'Nog niet vastgelegd';
}

export function consentHowName(value: string): string {
  return CONSENT_HOW.find((c) => c.value === value)?.label ?? value;
}

/** The privacy fields of the person form; consent is required only with the basis toestemming. */
export const privacyFields = {
  legalBasis: oneOf(
    'op welke grond je deze gegevens bewaart',
    LEGAL_BASES.map((b) => b.value),
  ),
  consentOn: dateText('de datum van de toestemming', { required: false }),
  consentHow: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z.union([z.literal(''), z.enum(CONSENT_HOW.map((c) => c.value))], {
      error: 'Kies hoe de persoon toestemming gaf.',
    }),
  ),
  consentFor: optionalText('waarvoor de persoon toestemming gaf', CONSENT_LIMITS.consentFor),
};

type PrivacyInput = {
  legalBasis: string;
  consentOn: string;
  consentHow: string;
  consentFor: string;
};

/** Adds the messages for missing or impossible consent details. */
export function checkConsent(data: PrivacyInput, ctx: z.RefinementCtx): void {
  if (data.legalBasis !== 'toestemming') return;
  if (data.consentOn === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['consentOn'],
      message: 'Vul in op welke dag de persoon toestemming gaf.',
    });
  } else if (data.consentOn > todayInAmsterdam()) {
    ctx.addIssue({
      code: 'custom',
      path: ['consentOn'],
      message: 'Deze datum ligt in de toekomst. Vul de dag in waarop de persoon toestemming gaf.',
    });
  }
  if (data.consentHow === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['consentHow'],
      message: 'Kies hoe de persoon toestemming gaf.',
    });
  }
  if (data.consentFor === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['consentFor'],
      message: 'Schrijf op waarvoor de persoon toestemming gaf.',
    });
  }
}

/** What is stored: consent details only with the basis toestemming, so nothing stale stays. */
export function privacyValues(data: PrivacyInput) {
  const consent = data.legalBasis === 'toestemming';
  return {
    legalBasis: data.legalBasis,
    consentOn: consent ? data.consentOn : null,
    consentHow: consent ? data.consentHow : '',
    consentFor: consent ? data.consentFor : '',
  };
}

export type PrivacyValues = ReturnType<typeof privacyValues>;
