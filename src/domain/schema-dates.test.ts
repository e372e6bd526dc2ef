import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { carePlanFieldsSchema } from './care-plan/care-plan';
import { isoDateSchema, isoDateTimeSchema } from './date-schemas';
import { isoDatePaths } from './schema-dates';

describe('the dates of a schema', () => {
  it('finds dates however they are wrapped, in objects and array items, and nothing else', () => {
    const schema = z.object({
      born: isoDateSchema,
      seen: isoDateSchema.nullable(),
      at: isoDateTimeSchema,
      name: z.string(),
      visits: z.array(z.object({ on: isoDateSchema.optional(), note: z.string() })),
      later: z.preprocess((value) => value, z.object({ due: isoDateSchema.nullable().default(null) })),
    });
    expect(isoDatePaths(schema).sort()).toEqual(['born', 'later.due', 'seen', 'visits.*.on']);
  });

  it('finds every date of the care plan, the mantelzorg date that came later included', () => {
    expect(isoDatePaths(carePlanFieldsSchema)).toEqual(
      expect.arrayContaining([
        'startDate',
        'lichamelijk.actions.*.due',
        'spiritueel.evaluationDate',
        'vptz.deployedSince',
        'mantelzorgDiscussedOn',
        'otherLimits.*.dateDiscussed',
        'euthanasia.dateDiscussed',
        'acpConversations.*.date',
      ]),
    );
  });
});
