import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPublicPost, limitKey } from '~/features/questionnaires/rate-limit.server';
import type { Runtime } from '~/lib/runtime.server';
import { startTestRuntime, testDatabaseKind } from '../support/runtime';

// The limit on public posts, counted in the real database: the window, its reset, and that
// only a hash of the address is kept.

const kind = testDatabaseKind();

describe(`countPublicPost (${kind})`, () => {
  let runtime: Runtime;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ runtime, stop } = await startTestRuntime(kind));
  });

  afterAll(async () => {
    await stop?.();
  });

  it('allows the maximum in a window, refuses more, and starts again after the window', async () => {
    const db = runtime.database.db;
    const limit = { max: 2, windowSeconds: 3600 };
    const key = limitKey('geheim', '203.0.113.7', 'vragenlijst:1');
    const start = new Date('2027-03-01T10:00:00Z');
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

    const answers = [
      await countPublicPost(db, { key, limit, now: at(0) }),
      await countPublicPost(db, { key, limit, now: at(10) }),
      await countPublicPost(db, { key, limit, now: at(59) }),
      await countPublicPost(db, { key, limit, now: at(61) }),
      await countPublicPost(db, { key, limit, now: at(62) }),
      await countPublicPost(db, { key, limit, now: at(63) }),
    ];
    const other = await countPublicPost(db, {
      key: limitKey('geheim', '203.0.113.8', 'vragenlijst:1'),
      limit,
      now: at(63),
    });

    expect(answers).toEqual([true, true, false, true, true, false]);
    expect(other).toBe(true);
    const rows = await db.selectFrom('publicPostLimit').select('key').execute();
    expect(rows.map((r) => r.key)).toContain(key);
    expect(JSON.stringify(rows)).not.toContain('203.0.113');
  });

  it('counts posts that arrive at the same moment exactly once each', async () => {
    const db = runtime.database.db;
    const limit = { max: 5, windowSeconds: 3600 };
    const key = limitKey('geheim', '198.51.100.1', 'vragenlijst:2');
    const now = new Date('2027-03-01T12:00:00Z');

    const answers = await Promise.all(
      Array.from({ length: 8 }, () => countPublicPost(db, { key, limit, now })),
    );

    expect(answers.filter(Boolean)).toHaveLength(5);
  });
});
