import { describe, expect, it } from 'vitest';
import type { CarePlanFields, IsoDate } from '../../domain';
import { completePlan } from '../../domain/care-plan/care-plan.fixtures';
import { mergeEdits } from './merge-edits';

const loaded: CarePlanFields = completePlan({ status: 'concept' });

describe('mergeEdits', () => {
  it("keeps what another device changed meanwhile and adds only this form's changes", () => {
    const current = { ...loaded, acuteAgreements: { text: 'Bel eerst de dochter', lastDiscussed: null } };
    const edited = { ...loaded, limitReanimatie: { ...loaded.limitReanimatie, decision: 'wel' as const } };
    const merged = mergeEdits(current, loaded, edited);
    expect(merged.acuteAgreements.text).toBe('Bel eerst de dochter');
    expect(merged.limitReanimatie.decision).toBe('wel');
  });

  it('takes the status from the form, even unchanged', () => {
    const current = { ...loaded, status: 'vastgesteld' as const };
    expect(mergeEdits(current, loaded, loaded).status).toBe('concept');
  });

  it('is the form itself when nothing changed elsewhere', () => {
    const edited = { ...loaded, startDate: '2026-11-02' as IsoDate };
    expect(mergeEdits(loaded, loaded, edited)).toEqual(edited);
  });
});
