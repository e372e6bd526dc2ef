import { describe, expect, it } from 'vitest';
import { carePlanTextLimit } from './text-limits';

describe('carePlanTextLimit', () => {
  it.each([
    ['acuteAgreements.text', 2000],
    ['mantelzorgSummary', 1000],
    ['otherLimits.0.text', 200],
    ['acpConversations.0.participants.1', 120],
    ['limitReanimatie.decision', null],
    ['nothing.here', null],
  ])('%s accepts at most %s characters', (path, limit) => {
    expect(carePlanTextLimit(path)).toBe(limit);
  });
});
