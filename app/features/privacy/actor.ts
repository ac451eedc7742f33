import type { Actor } from './audit.server';

/** The member who does something, as the audit log names them. */
export function actorOf(member: { userId: string; name: string }): Actor {
  return { userId: member.userId, name: member.name };
}
