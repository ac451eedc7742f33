import { canManageOrganisation } from '~/features/auth/organisation.server';
import { loadMemberContext } from '~/features/plans/plan-context.server';
import { forbidden } from '~/lib/http.server';

/** The signed-in beheerder and the database; 403 for any other role, also for reading. */
export async function loadBeheerderContext(request: Request) {
  const context = await loadMemberContext(request, { needs: 'read' });
  if (!canManageOrganisation(context.member.role)) forbidden();
  return context;
}
