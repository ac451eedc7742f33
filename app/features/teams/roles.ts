import { createAccessControl } from 'better-auth/plugins/access';
import {
  adminAc,
  defaultStatements,
  memberAc,
  ownerAc,
} from 'better-auth/plugins/organization/access';

// The roles of an organisation, as better-auth member roles with its access control:
// owner/admin = beheerder, member = medewerker, manager = leidinggevende. What a role may do
// with plans is the `plan` statement; better-auth's own statements stay as they were.

const statement = {
  ...defaultStatements,
  plan: ['read', 'edit', 'comment', 'approve', 'share'],
} as const;

export const accessControl = createAccessControl(statement);

const everythingOnPlans = { plan: ['read', 'edit', 'comment', 'approve', 'share'] } as const;

export const organisationRoles = {
  owner: accessControl.newRole({ ...ownerAc.statements, ...everythingOnPlans }),
  admin: accessControl.newRole({ ...adminAc.statements, ...everythingOnPlans }),
  member: accessControl.newRole({
    ...memberAc.statements,
    plan: ['read', 'edit', 'comment', 'share'],
  }),
  manager: accessControl.newRole({ ...memberAc.statements, plan: ['read', 'comment', 'approve'] }),
};

export type PlanPermission = (typeof statement.plan)[number];

/** The roles a beheerder can give, with their Dutch names. */
export const ROLE_CHOICES = [
  { value: 'admin', label: 'Beheerder' },
  { value: 'member', label: 'Medewerker' },
  { value: 'manager', label: 'Leidinggevende' },
] as const;

export type AssignableRole = (typeof ROLE_CHOICES)[number]['value'];

export function roleLabel(role: string): string {
  if (role === 'owner' || role === 'admin') return 'Beheerder';
  if (role === 'manager') return 'Leidinggevende';
  return 'Medewerker';
}

/** Whether a member role may do this with the organisation's plans. */
export function roleCan(role: string, permission: PlanPermission): boolean {
  const known = organisationRoles[role as keyof typeof organisationRoles];
  if (!known) return false;
  return known.authorize({ plan: [permission] }).success;
}

/** Access to one plan: through the organisation's role, or as partner or guest of a share. */
export type PlanAccess = 'organisatie' | 'leidinggevende' | 'partner' | 'gast';

/** Whether someone with this access to a plan may see its organisation's contacts register. */
export function ownsRegister(level: PlanAccess): boolean {
  return level === 'organisatie' || level === 'leidinggevende';
}

export const PLAN_ACCESS_PERMISSIONS: Record<PlanAccess, readonly PlanPermission[]> = {
  organisatie: ['read', 'edit', 'comment', 'share'],
  leidinggevende: ['read', 'comment', 'approve'],
  partner: ['read', 'edit', 'comment'],
  gast: ['read'],
};

export const SHARE_CHOICES = [
  { value: 'partner', label: 'Partner: kan het plan lezen en wijzigen' },
  { value: 'gast', label: 'Gast: kan het plan alleen lezen' },
] as const;
