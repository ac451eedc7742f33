import { z } from 'zod';
import { INSIGHT_KINDS, INSIGHT_SOURCES } from '~/features/plans/domain';

export { INSIGHT_SOURCES };

import { checkbox, oneOf, optionalText, requiredText } from '~/lib/forms';

export const BOARD_LIMITS = { text: 2000, theme: 100, quote: 1000, sourceText: 300 } as const;

export const boardInsightSchema = z.object({
  kind: oneOf(
    'wat voor inzicht het is',
    INSIGHT_KINDS.map((k) => k.key),
  ),
  text: requiredText('wat je hoorde', BOARD_LIMITS.text),
  theme: optionalText('het thema', BOARD_LIMITS.theme),
  quote: optionalText('het citaat', BOARD_LIMITS.quote),
  noName: checkbox,
  sourceKind: oneOf(
    'waar je het hoorde',
    INSIGHT_SOURCES.map((s) => s.key),
  ),
  sessionId: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z.string().max(64, { error: 'Kies een bijeenkomst uit de lijst.' }),
  ),
  sourceText: optionalText('de bron', BOARD_LIMITS.sourceText),
  reportBack: checkbox,
});

export type BoardInsightInput = z.infer<typeof boardInsightSchema>;
