import { z } from 'zod';
import { oneOf, optionalText, requiredText } from '~/lib/forms';

export const TEAM_LIMITS = { email: 254, comment: 2000, id: 100 } as const;

const optionalEmail = optionalText('het e-mailadres', TEAM_LIMITS.email).refine(
  (value) => value === '' || z.email().safeParse(value).success,
  { error: 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl. Of laat het leeg.' },
);

export const teamInviteSchema = z.object({
  email: optionalEmail,
  role: oneOf('een rol', ['admin', 'member', 'manager'] as const),
});

export const memberRoleSchema = z.object({
  memberId: requiredText('het lid', TEAM_LIMITS.id),
  role: oneOf('een rol', ['admin', 'member', 'manager'] as const),
});

export const idSchema = z.object({ id: requiredText('de keuze', TEAM_LIMITS.id) });

export const shareInviteSchema = z.object({
  email: optionalEmail,
  access: oneOf('partner of gast', ['partner', 'gast'] as const),
});

export const commentSchema = z.object({
  tekst: requiredText('je reactie', TEAM_LIMITS.comment),
  over: optionalText('waar het over gaat', TEAM_LIMITS.id),
});
