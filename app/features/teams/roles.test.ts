import { describe, expect, it } from 'vitest';
import { PLAN_ACCESS_PERMISSIONS, roleCan, roleLabel } from './roles';

describe('organisation roles', () => {
  it('gives the beheerder everything and the medewerker all but approving', () => {
    for (const role of ['owner', 'admin']) {
      for (const permission of ['read', 'edit', 'comment', 'approve', 'share'] as const) {
        expect(roleCan(role, permission), `${role} ${permission}`).toBe(true);
      }
    }
    expect(roleCan('member', 'edit')).toBe(true);
    expect(roleCan('member', 'share')).toBe(true);
    expect(roleCan('member', 'approve')).toBe(false);
  });

  it('lets a leidinggevende read, comment and approve, never edit or share', () => {
    expect(roleCan('manager', 'read')).toBe(true);
    expect(roleCan('manager', 'comment')).toBe(true);
    expect(roleCan('manager', 'approve')).toBe(true);
    expect(roleCan('manager', 'edit')).toBe(false);
    expect(roleCan('manager', 'share')).toBe(false);
  });

  it('knows no unknown role, and names the roles in Dutch', () => {
    expect(roleCan('superuser', 'read')).toBe(false);
    expect(roleLabel('owner')).toBe('Beheerder');
    expect(roleLabel('manager')).toBe('Leidinggevende');
    expect(roleLabel('member')).toBe('Medewerker');
  });

  it('lets a partner edit and comment, a guest only read', () => {
    expect(PLAN_ACCESS_PERMISSIONS.partner).toEqual(['read', 'edit', 'comment']);
    expect(PLAN_ACCESS_PERMISSIONS.gast).toEqual(['read']);
  });
});
