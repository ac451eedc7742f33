import { describe, expect, it } from 'vitest';
import { parseForm } from '~/lib/forms';
import { topThreeEntries, topThreeSchema } from './step-3-schemas';
import { createVisitSchema, reliabilityEntries, reliabilitySchema } from './step-4-schemas';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const emptyTop = { top1: '', reason1: '', top2: '', reason2: '', top3: '', reason3: '' };

describe('top 3 form', () => {
  it('keeps the chosen ranks and leaves out empty ones', () => {
    const parsed = parseForm(
      topThreeSchema,
      form({ ...emptyTop, top1: 'a', reason1: ' dichtbij ', top3: 'b' }),
    );

    expect(parsed.ok && topThreeEntries(parsed.data)).toEqual([
      { placeId: 'a', rank: 1, reason: 'dichtbij' },
      { placeId: 'b', rank: 3, reason: '' },
    ]);
  });

  it('refuses the same place twice, on the later rank', () => {
    const parsed = parseForm(topThreeSchema, form({ ...emptyTop, top1: 'a', top3: 'a' }));

    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual({
      top3: 'Deze plek staat al bij Top 1. Kies bij Top 3 een andere plek.',
    });
  });

  it('asks for a place when only a reason is written', () => {
    const parsed = parseForm(topThreeSchema, form({ ...emptyTop, reason2: 'Goede plek' }));

    expect(!parsed.ok && parsed.errors.top2).toBe(
      'Kies een plek bij Top 2, of maak de reden leeg.',
    );
  });
});

describe('visit form', () => {
  it('needs a place from the list or a typed place', () => {
    const fields = {
      placeId: '',
      placeText: '',
      visitOn: '01-04-2027',
      visitStatus: 'gepland',
      parentsBusyWith: '',
      notes: '',
    };

    const without = parseForm(createVisitSchema, form(fields));
    const typed = parseForm(createVisitSchema, form({ ...fields, placeText: 'Het plein' }));

    expect(!without.ok && without.errors.placeText).toContain('Kies een plek');
    expect(typed.ok && typed.data.visitOn).toBe('2027-04-01');
  });
});

describe('reliability checklist', () => {
  it('gives one entry per point in the fixed order, unticked when absent', () => {
    const parsed = parseForm(
      reliabilitySchema,
      form({ 'punt-waarmaken': 'on', 'notities-aanwezig': 'Elke dinsdag' }),
    );

    expect(parsed.ok && reliabilityEntries(parsed.data)).toEqual([
      { point: 'aanwezig', checked: false, notes: 'Elke dinsdag' },
      { point: 'snel-antwoord', checked: false, notes: '' },
      { point: 'duidelijke-afspraken', checked: false, notes: '' },
      { point: 'waarmaken', checked: true, notes: '' },
    ]);
  });
});
