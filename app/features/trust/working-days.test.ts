import { describe, expect, it } from 'vitest';
import { answerDueAt, answerState } from './working-days';

function due(receivedAt: string, days = 1) {
  return answerDueAt(receivedAt, days).toFormat('yyyy-MM-dd HH:mm');
}

describe('answerDueAt', () => {
  it('gives until the end of the next working day', () => {
    // Tuesday 2 March 2027, 10:00 in Amsterdam.
    expect(due('2027-03-02T09:00:00Z')).toBe('2027-03-03 23:59');
  });

  it('skips the weekend: a Friday call is due on Monday', () => {
    expect(due('2027-03-05T14:00:00Z')).toBe('2027-03-08 23:59');
    expect(due('2027-03-06T10:00:00Z')).toBe('2027-03-08 23:59');
  });

  it('skips Easter Monday and Kings Day, but not Good Friday', () => {
    // Thursday 25 March 2027: Good Friday counts as a working day.
    expect(due('2027-03-25T10:00:00Z')).toBe('2027-03-26 23:59');
    // Friday 26 March: weekend and Easter Monday 29 March are skipped.
    expect(due('2027-03-26T10:00:00Z')).toBe('2027-03-30 23:59');
    // Monday 26 April 2027: Kings Day on Tuesday the 27th.
    expect(due('2027-04-26T10:00:00Z')).toBe('2027-04-28 23:59');
  });

  it('uses the day in Amsterdam, also just before midnight in UTC', () => {
    // 23:30 UTC on Monday 1 March is already Tuesday 00:30 in Amsterdam.
    expect(due('2027-03-01T23:30:00Z')).toBe('2027-03-03 23:59');
  });

  it('counts more working days when the organisation sets a longer target', () => {
    expect(due('2027-03-05T10:00:00Z', 2)).toBe('2027-03-09 23:59');
  });
});

describe('answerState', () => {
  const received = '2027-03-05T14:00:00Z';

  it('waits, then turns late after the due day', () => {
    expect(
      answerState({ receivedAt: received, answeredAt: null }, 1, new Date('2027-03-08T20:00:00Z')),
    ).toBe('wacht');
    expect(
      answerState({ receivedAt: received, answeredAt: null }, 1, new Date('2027-03-08T23:30:00Z')),
    ).toBe('te-laat');
  });

  it('says whether an answer came in time', () => {
    expect(answerState({ receivedAt: received, answeredAt: '2027-03-08T09:00:00Z' }, 1)).toBe(
      'op-tijd',
    );
    expect(answerState({ receivedAt: received, answeredAt: '2027-03-09T09:00:00Z' }, 1)).toBe(
      'te-laat-beantwoord',
    );
  });
});
