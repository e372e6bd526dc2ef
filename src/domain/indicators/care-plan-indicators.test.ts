import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../date-schemas';
import { carePlan, data, died, marked, patient, unmarked } from './indicator.fixtures';
import { quarterPeriod } from './period';
import { figures, figuresOf } from './test-helpers';

const Q2 = quarterPeriod(2026, 2);
const Q3 = quarterPeriod(2026, 3);
const Q4 = quarterPeriod(2026, 4);
type Case = [string, ReturnType<typeof data>, ReturnType<typeof figures>];

describe('marked patients with a PZP conversation', () => {
  it.each<Case>([
    ['nobody marked', data({ patients: [patient('a')] }), figures(0, 0, 0, null)],
    [
      'a conversation within the period',
      data({
        patients: [patient('a')],
        markingEvents: [marked('a', '2026-10-05')],
        carePlans: [carePlan('a', { conversations: ['2026-10-20'] })],
      }),
      figures(1, 1, 0, 1),
    ],
    [
      'a conversation before the marking counts',
      data({
        patients: [patient('a')],
        markingEvents: [marked('a', '2026-10-05')],
        carePlans: [carePlan('a', { conversations: ['2026-06-01'] })],
      }),
      figures(1, 1, 0, 1),
    ],
    [
      'a conversation after the period does not count yet',
      data({
        patients: [patient('a')],
        markingEvents: [marked('a', '2026-10-05')],
        carePlans: [carePlan('a', { conversations: ['2027-01-10'] })],
      }),
      figures(0, 1, 0, 0),
    ],
    [
      'no care plan: no conversation recorded (not unknown)',
      data({ patients: [patient('a')], markingEvents: [marked('a', '2026-10-05')] }),
      figures(0, 1, 0, 0),
    ],
    [
      'unmarked before the period: not counted',
      data({
        patients: [patient('a')],
        markingEvents: [marked('a', '2026-03-01'), unmarked('a', '2026-06-01')],
      }),
      figures(0, 0, 0, null),
    ],
    [
      'died before the period: not counted',
      data({ patients: [died('a', '2026-09-15')], markingEvents: [marked('a', '2026-01-01')] }),
      figures(0, 0, 0, null),
    ],
    [
      'died within the period: counted',
      data({ patients: [died('a', '2026-10-10')], markingEvents: [marked('a', '2026-01-01')] }),
      figures(0, 1, 0, 0),
    ],
    [
      'moved away before the period: not counted',
      data({
        patients: [
          patient('a', {
            status: 'moved',
            statusSince: '2026-08-01' as IsoDate,
            palliativeSince: '2026-05-01' as IsoDate,
          }),
        ],
      }),
      figures(0, 0, 0, null),
    ],
    [
      'two of three marked patients',
      data({
        patients: [patient('a'), patient('b'), patient('c')],
        markingEvents: [marked('a', '2026-01-01'), marked('b', '2026-07-01'), marked('c', '2026-11-01')],
        carePlans: [
          carePlan('a', { conversations: ['2026-02-01'] }),
          carePlan('b', { conversations: ['2026-10-01', '2026-12-01'] }),
          carePlan('c'),
        ],
      }),
      figures(2, 3, 0, 2 / 3),
    ],
  ])('%s', (_name, input, expected) => {
    expect(figuresOf('pzpConversation', input, Q4)).toEqual(expected);
  });

  it('a marking on the last day of a quarter counts in that quarter, not the one before', () => {
    const input = data({ patients: [patient('a')], markingEvents: [marked('a', '2026-09-30')] });
    expect(figuresOf('pzpConversation', input, Q3)).toEqual(figures(0, 1, 0, 0));
    expect(figuresOf('pzpConversation', input, Q2)).toEqual(figures(0, 0, 0, null));
  });
});

describe('marked patients with a recorded preferred place of death', () => {
  const markedA = { patients: [patient('a')], markingEvents: [marked('a', '2026-10-05')] };
  it.each<Case>([
    ['thuis', data({ ...markedA, carePlans: [carePlan('a', { place: 'thuis' })] }), figures(1, 1, 0, 1)],
    [
      'anders (with its text) is a recorded place',
      data({ ...markedA, carePlans: [carePlan('a', { place: 'anders' })] }),
      figures(1, 1, 0, 1),
    ],
    [
      'onbekend is not a recorded place',
      data({ ...markedA, carePlans: [carePlan('a', { place: 'onbekend' })] }),
      figures(0, 1, 0, 0),
    ],
    ['not filled in', data({ ...markedA, carePlans: [carePlan('a', { place: null })] }), figures(0, 1, 0, 0)],
    ['no care plan', data(markedA), figures(0, 1, 0, 0)],
    [
      'discussed on the last day of the period',
      data({ ...markedA, carePlans: [carePlan('a', { place: 'hospice', placeDiscussed: '2026-12-31' })] }),
      figures(1, 1, 0, 1),
    ],
    [
      'discussed after the period',
      data({ ...markedA, carePlans: [carePlan('a', { place: 'hospice', placeDiscussed: '2027-01-01' })] }),
      figures(0, 1, 0, 0),
    ],
    [
      'a deleted care plan does not count',
      data({
        ...markedA,
        carePlans: [{ ...carePlan('a', { place: 'thuis' }), deletedAt: '2026-11-01T00:00:00.000Z' as never }],
      }),
      figures(0, 1, 0, 0),
    ],
  ])('%s', (_name, input, expected) => {
    expect(figuresOf('preferredPlaceRecorded', input, Q4)).toEqual(expected);
  });
});
