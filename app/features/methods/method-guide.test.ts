import { describe, expect, it } from 'vitest';
import { METHODS } from '~/features/plans/domain';
import { checkText } from '~/features/taalcheck/check-text';
import { METHOD_GUIDE, type MethodGuide } from './method-guide';

function allSentences(method: MethodGuide): string[] {
  return [
    method.summary,
    ...method.what,
    ...method.whenItFits,
    method.groupSize,
    method.time,
    ...method.prepare,
    ...method.roles.map((r) => `${r.role} ${r.task}`),
    ...method.pitfalls,
  ];
}

describe('the method guide', () => {
  it('describes every way of working of step 5 except "anders", in the same order', () => {
    expect(METHOD_GUIDE.map((m) => m.key)).toEqual(
      METHODS.map((m) => m.key).filter((key) => key !== 'anders'),
    );
  });

  it('gives every method what it is, when it fits, size, time, a checklist, roles and pitfalls', () => {
    for (const method of METHOD_GUIDE) {
      expect(method.what.length, method.key).toBeGreaterThan(0);
      expect(method.whenItFits.length, method.key).toBeGreaterThan(0);
      expect(method.groupSize, method.key).toMatch(/\d/);
      expect(method.time, method.key).toMatch(/\d/);
      expect(method.prepare.length, method.key).toBeGreaterThanOrEqual(5);
      expect(method.roles.length, method.key).toBeGreaterThanOrEqual(2);
      expect(method.pitfalls.length, method.key).toBeGreaterThanOrEqual(3);
    }
  });

  it('passes our own plain-language check: short sentences, few clauses, no passive', () => {
    const problems = METHOD_GUIDE.flatMap((method) =>
      allSentences(method).flatMap((text) =>
        checkText(text)
          .bevindingen.filter((f) => ['lange-zin', 'bijzin', 'passief'].includes(f.soort))
          .map((f) => `${f.soort}: ${text}`),
      ),
    );

    expect(problems).toEqual([]);
  });
});
