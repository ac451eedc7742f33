import pino from 'pino';

// One root logger; each request gets a child with its request id (see server.js).
// Never log form contents or personal data: ids, counts and durations only.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: undefined,
});
