import { getRuntime } from '../../lib/runtime.server.ts';

/** Roles that manage the organisation's own details. */
export function canManageOrganisation(role: string): boolean {
  return role === 'owner' || role === 'admin';
}

export async function renameOrganisation(input: {
  organisationId: string;
  name: string;
}): Promise<void> {
  const { database } = await getRuntime();
  await database.raw
    .updateTable('organization')
    .set({ name: input.name })
    .where('id', '=', input.organisationId)
    .execute();
}
