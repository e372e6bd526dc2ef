import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from './date-schemas';
import {
  markingIssues,
  markingStateOf,
  UNMARKED,
  type MarkingChange,
  type MarkingEvent,
  type MarkingState,
} from './marking';

const base = {
  patientId: '0190f0e2-7c4a-7000-8000-000000000001',
  author: { name: 'H. Bakker', role: 'huisarts' },
  deletedAt: null,
};
let counter = 0;
function event(date: string, change: MarkingChange, recordedAt = '2026-11-23T10:00:00.000Z'): MarkingEvent {
  counter += 1;
  return {
    ...base,
    ...change,
    id: `0190f0e2-7c4a-7000-8000-${String(counter).padStart(12, '0')}`,
    date: date as IsoDate,
    recordedAt: recordedAt as IsoDateTime,
  } as MarkingEvent;
}
const mark = (colour: 'green' | 'red' = 'green'): MarkingChange => ({
  kind: 'palliative',
  markedBy: 'H. Bakker',
  basis: 'indicators',
  isConversationHeld: false,
  conversationDate: null,
  colour,
});

describe('markingStateOf', () => {
  it.each<[string, MarkingEvent[], object]>([
    ['no events', [], UNMARKED],
    ['a marking', [event('2026-03-01', mark('green'))], { palliativeSince: '2026-03-01', colour: 'green' }],
    [
      'a colour change, recorded out of order',
      [event('2026-04-01', { kind: 'colour', colour: 'red' }), event('2026-03-01', mark('green'))],
      { palliativeSince: '2026-03-01', colour: 'red' },
    ],
    [
      'unmarking clears marking, colour and dying phase',
      [
        event('2026-03-01', mark()),
        event('2026-03-05', { kind: 'dyingPhase' }),
        event('2026-03-09', { kind: 'unmark', reason: 'herstel' }),
      ],
      UNMARKED,
    ],
    [
      'marking again after unmarking starts a new period',
      [
        event('2026-03-01', mark()),
        event('2026-03-09', { kind: 'unmark', reason: 'herstel' }),
        event('2026-06-01', mark('red')),
      ],
      { palliativeSince: '2026-06-01', colour: 'red' },
    ],
    [
      'a deleted event does not count',
      [{ ...event('2026-03-01', mark()), deletedAt: '2026-03-02T00:00:00.000Z' as IsoDateTime }],
      UNMARKED,
    ],
  ])('%s', (_case, events, expected) => {
    expect(markingStateOf(events)).toMatchObject(expected);
  });
});

describe('markingIssues', () => {
  const context = { today: '2026-11-23' as IsoDate, birthDate: '1940-05-05' as IsoDate, state: UNMARKED };
  const marked: MarkingState = { ...UNMARKED, palliativeSince: '2026-10-01' as IsoDate, colour: 'green' };
  const codes = (change: MarkingChange, date: string, state = UNMARKED) =>
    markingIssues(change, date as IsoDate, { ...context, state }).map((i) => `${i.field}:${i.code}`);

  it.each<[string, MarkingChange, string, MarkingState, string[]]>([
    ['a valid marking today', mark(), '2026-11-23', UNMARKED, []],
    ['a marking tomorrow', mark(), '2026-11-24', UNMARKED, ['date:date.future']],
    ['a marking before birth', mark(), '1940-05-04', UNMARKED, ['date:date.beforeBirth']],
    ['marking twice', mark(), '2026-11-01', marked, ['kind:marking.alreadyMarked']],
    [
      'the dying phase of an unmarked patient',
      { kind: 'dyingPhase' },
      '2026-11-01',
      UNMARKED,
      ['kind:marking.notMarked'],
    ],
    [
      'the dying phase before the marking',
      { kind: 'dyingPhase' },
      '2026-09-30',
      marked,
      ['date:marking.beforeMarking'],
    ],
    [
      'a death before the marking, unconfirmed',
      { kind: 'death', place: 'home', wasPreferredPlace: 'yes', isConfirmedUnmarked: false },
      '2026-09-30',
      marked,
      ['isConfirmedUnmarked:death.beforeMarkingNotConfirmed'],
    ],
    [
      'a death before the marking, confirmed',
      { kind: 'death', place: 'home', wasPreferredPlace: 'yes', isConfirmedUnmarked: true },
      '2026-09-30',
      marked,
      [],
    ],
    [
      'a death after the marking',
      { kind: 'death', place: 'home', wasPreferredPlace: 'unknown', isConfirmedUnmarked: false },
      '2026-11-02',
      marked,
      [],
    ],
    [
      'anything after death',
      { kind: 'colour', colour: 'red' },
      '2026-11-02',
      { ...marked, deathDate: '2026-11-01' as IsoDate },
      ['date:marking.afterDeath'],
    ],
  ])('%s', (_case, change, date, state, expected) => {
    expect(codes(change, date, state)).toEqual(expected);
  });

  it('asks for the date of a conversation that took place', () => {
    expect(codes({ ...mark(), isConversationHeld: true } as MarkingChange, '2026-11-01')).toEqual([
      'conversationDate:required',
    ]);
  });
});
