import { getRuntime } from '~/lib/runtime.server';

export type DeviceSession = {
  id: string;
  device: string;
  createdAt: string;
  lastUsedAt: string;
  current: boolean;
};

/** The signed-in person's sessions, the current one first; tokens never leave the server. */
export async function listDeviceSessions(request: Request): Promise<DeviceSession[]> {
  const { auth } = await getRuntime();
  const current = await auth.api.getSession({ headers: request.headers });
  const sessions = await auth.api.listSessions({ headers: request.headers });
  return sessions
    .map((session) => ({
      id: session.id,
      device: describeDevice(session.userAgent ?? ''),
      createdAt: new Date(session.createdAt).toISOString(),
      lastUsedAt: new Date(session.updatedAt).toISOString(),
      current: session.id === current?.session.id,
    }))
    .sort(
      (a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt),
    );
}

/**
 * Ends one of the person's own sessions, by its id (the form never holds a token). Straight
 * through better-auth's adapter: its revoke endpoint wants a session younger than a day, and a
 * session here lives on while it is used.
 */
export async function endSession(
  request: Request,
  { userId, sessionId }: { userId: string; sessionId: string },
): Promise<'current' | 'other' | 'none'> {
  const { auth } = await getRuntime();
  const context = await auth.$context;
  const current = await auth.api.getSession({ headers: request.headers });
  const sessions = await context.internalAdapter.listSessions(userId);
  const target = sessions.find((session) => session.id === sessionId);
  if (!target) return 'none';
  if (target.id === current?.session.id) return 'current';
  await context.internalAdapter.deleteSession(target.token);
  return 'other';
}

/** Ends every session of the person. */
export async function endAllSessions({ userId }: { userId: string }): Promise<void> {
  const { auth } = await getRuntime();
  const context = await auth.$context;
  await context.internalAdapter.deleteUserSessions(userId);
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\/|Chromium\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'Mac'],
  [/CrOS/, 'Chromebook'],
  [/Linux/, 'Linux'],
];

/** "Firefox op Windows": enough to recognise a device, from its user agent. */
export function describeDevice(userAgent: string): string {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} op ${system}`;
  return browser ?? system ?? 'Onbekend apparaat';
}
