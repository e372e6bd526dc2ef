import { describe, expect, it } from 'vitest';
import { emptyCarePlanFields, treatmentLimitsOf } from '../../domain';
import { i18n } from '../../i18n';
import { limitHeadline } from './limit-words';

const t = i18n.getFixedT('nl');

describe('limitHeadline', () => {
  // Regression: only resuscitation had words for "not recorded"; the others showed a raw key.
  it.each(treatmentLimitsOf(emptyCarePlanFields()).map((limit) => [limit.kind, limit] as const))(
    'says in Dutch that %s is not recorded',
    (_kind, limit) => {
      expect(limitHeadline(t, limit)).toMatch(/: niet vastgelegd$/);
    },
  );
});
