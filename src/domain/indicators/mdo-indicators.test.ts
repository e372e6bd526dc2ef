import { describe, expect, it } from 'vitest';
import { action, data, died, invitation, item, marked, meeting, patient } from './indicator.fixtures';
import { quarterPeriod } from './period';
import { figures, figuresOf, resultOf } from './test-helpers';

const Q3 = quarterPeriod(2026, 3);
const Q4 = quarterPeriod(2026, 4);
type Case = [string, ReturnType<typeof data>, ReturnType<typeof figures>];
const FULL = ['huisarts', 'wijkverpleegkundige', 'specialist-pz'] as const;

describe('MDOs with a GP, a district nurse and a specialist PZ present', () => {
  it.each<Case>([
    ['no meetings', data(), figures(0, 0, 0, null)],
    [
      'all three present',
      data({ meetings: [meeting('m', '2026-10-15', { present: [...FULL, 'poh'] })] }),
      figures(1, 1, 0, 1),
    ],
    [
      'the specialist invited but absent',
      data({
        meetings: [
          meeting('m', '2026-10-15', {
            present: ['huisarts', 'wijkverpleegkundige'],
            absent: ['specialist-pz'],
          }),
        ],
      }),
      figures(0, 1, 0, 0),
    ],
    [
      'attendance not recorded: unknown',
      data({ meetings: [meeting('m', '2026-10-15', { absent: [...FULL] })] }),
      figures(0, 0, 1, null),
    ],
    [
      'a cancelled meeting is left out',
      data({ meetings: [meeting('m', '2026-10-15', { present: [...FULL], status: 'cancelled' })] }),
      figures(0, 0, 0, null),
    ],
    [
      'a meeting after today is left out',
      data({ meetings: [meeting('m', '2026-12-10', { present: [...FULL] })] }),
      figures(0, 0, 0, null),
    ],
    [
      'a meeting on the last day of the previous quarter is left out',
      data({ meetings: [meeting('m', '2026-09-30', { present: [...FULL] })] }),
      figures(0, 0, 0, null),
    ],
    [
      'two full, one without the GP, one unknown',
      data({
        meetings: [
          meeting('m1', '2026-10-01', { present: [...FULL] }),
          meeting('m2', '2026-10-20', { present: [...FULL] }),
          meeting('m3', '2026-11-05', {
            present: ['wijkverpleegkundige', 'specialist-pz'],
            absent: ['huisarts'],
          }),
          meeting('m4', '2026-11-20'),
        ],
      }),
      figures(2, 3, 1, 2 / 3),
    ],
  ])('%s', (_name, input, expected) => {
    expect(figuresOf('mdoFullTeam', input, Q4)).toEqual(expected);
  });

  it('lists the meetings behind the figure, not patients', () => {
    const result = resultOf(
      'mdoFullTeam',
      data({ meetings: [meeting('m', '2026-09-30', { present: [...FULL] })] }),
      Q3,
    );
    expect(result.patientIds).toEqual([]);
    expect(result.entries).toEqual([{ kind: 'meeting', id: 'm', inNumerator: true, days: null }]);
  });
});

describe('median days from marking to first specialist involvement', () => {
  const patients = [patient('a'), patient('b')];
  it.each<Case>([
    ['no invitations', data({ patients }), figures(0, 0, 0, null)],
    [
      "invited for the patient's item, 44 days after marking",
      data({
        patients,
        markingEvents: [marked('a', '2026-09-01')],
        meetings: [meeting('m', '2026-10-15')],
        agendaItems: [item('i', 'm', 'a')],
        invitations: [invitation('m', 'i')],
      }),
      figures(1, 1, 0, 44),
    ],
    [
      'invited for the whole meeting: every patient on its agenda (14 and 10 days)',
      data({
        patients,
        markingEvents: [marked('a', '2026-10-01'), marked('b', '2026-10-05')],
        meetings: [meeting('m', '2026-10-15')],
        agendaItems: [item('i', 'm', 'a'), item('j', 'm', 'b'), item('t', 'm', null)],
        invitations: [invitation('m', null, 'invited')],
      }),
      figures(2, 2, 0, 12),
    ],
    [
      "invited for another patient's item only",
      data({
        patients,
        markingEvents: [marked('a', '2026-10-01'), marked('b', '2026-10-05')],
        meetings: [meeting('m', '2026-10-15')],
        agendaItems: [item('i', 'm', 'a'), item('j', 'm', 'b')],
        invitations: [invitation('m', 'j')],
      }),
      figures(1, 1, 0, 10),
    ],
    [
      'a declined invitation is no involvement',
      data({
        patients,
        markingEvents: [marked('a', '2026-09-01')],
        meetings: [meeting('m', '2026-10-15')],
        agendaItems: [item('i', 'm', 'a')],
        invitations: [invitation('m', 'i', 'declined')],
      }),
      figures(0, 0, 0, null),
    ],
    [
      'a cancelled or future meeting is no involvement',
      data({
        patients,
        markingEvents: [marked('a', '2026-09-01')],
        meetings: [meeting('m', '2026-10-15', { status: 'cancelled' }), meeting('n', '2026-12-10')],
        agendaItems: [item('i', 'm', 'a'), item('j', 'n', 'a')],
        invitations: [invitation('m', 'i'), invitation('n', 'j')],
      }),
      figures(0, 0, 0, null),
    ],
    [
      'involvement before the marking does not count; the first after it does',
      data({
        patients,
        markingEvents: [marked('a', '2026-09-01')],
        meetings: [meeting('m', '2026-08-01'), meeting('n', '2026-10-15')],
        agendaItems: [item('i', 'm', 'a'), item('j', 'n', 'a')],
        invitations: [invitation('m', 'i'), invitation('n', 'j')],
      }),
      figures(1, 1, 0, 44),
    ],
    [
      'a first involvement in the previous quarter belongs to that quarter',
      data({
        patients,
        markingEvents: [marked('a', '2026-09-01')],
        meetings: [meeting('m', '2026-09-20'), meeting('n', '2026-10-15')],
        agendaItems: [item('i', 'm', 'a'), item('j', 'n', 'a')],
        invitations: [invitation('m', 'i'), invitation('n', 'j')],
      }),
      figures(0, 0, 0, null),
    ],
  ])('%s', (_name, input, expected) => {
    expect(figuresOf('specialistInvolvementDays', input, Q4)).toEqual(expected);
  });

  it('counts a first involvement on the last day of a quarter in that quarter', () => {
    const input = data({
      patients,
      markingEvents: [marked('a', '2026-09-01')],
      meetings: [meeting('m', '2026-09-30')],
      agendaItems: [item('i', 'm', 'a')],
      invitations: [invitation('m', 'i')],
    });
    expect(figuresOf('specialistInvolvementDays', input, Q3)).toEqual(figures(1, 1, 0, 29));
  });
});

describe('open and overdue MDO actions', () => {
  it.each<[string, ReturnType<typeof data>, ReturnType<typeof figures>, ReturnType<typeof figures>]>([
    ['no actions', data(), figures(0, null, 0, 0), figures(0, 0, 0, null)],
    [
      'open, due after today',
      data({ actions: [action('x', 'a', { created: '2026-10-01', due: '2026-12-01' })] }),
      figures(1, null, 0, 1),
      figures(0, 1, 0, 0),
    ],
    [
      'open, due before today',
      data({ actions: [action('x', 'a', { created: '2026-10-01', due: '2026-11-01' })] }),
      figures(1, null, 0, 1),
      figures(1, 1, 0, 1),
    ],
    [
      'due today is not overdue yet',
      data({ actions: [action('x', 'a', { created: '2026-10-01', due: '2026-11-23' })] }),
      figures(1, null, 0, 1),
      figures(0, 1, 0, 0),
    ],
    [
      'done is not open',
      data({
        actions: [action('x', 'a', { created: '2026-10-01', due: '2026-11-01', doneOn: '2026-11-10' })],
      }),
      figures(0, null, 0, 0),
      figures(0, 0, 0, null),
    ],
    [
      'a general action (no patient) counts too',
      data({
        actions: [
          action('x', null, { created: '2026-10-01', due: '2026-11-01' }),
          action('y', 'a', { created: '2026-10-01', due: '2026-12-01' }),
        ],
      }),
      figures(2, null, 0, 2),
      figures(1, 2, 0, 0.5),
    ],
    [
      'a deleted action does not count',
      data({
        actions: [
          {
            ...action('x', 'a', { created: '2026-10-01', due: '2026-11-01' }),
            deletedAt: '2026-11-02T00:00:00.000Z' as never,
          },
        ],
      }),
      figures(0, null, 0, 0),
      figures(0, 0, 0, null),
    ],
  ])('%s', (_name, input, open, overdue) => {
    expect(figuresOf('openActions', input, Q4)).toEqual(open);
    expect(figuresOf('overdueActions', input, Q4)).toEqual(overdue);
  });

  it('reads a past quarter on its last day', () => {
    const input = data({
      actions: [
        action('late', 'a', { created: '2026-09-01', due: '2026-09-15', doneOn: '2026-10-05' }),
        action('onTime', 'b', { created: '2026-09-01', due: '2026-10-15' }),
        action('later', 'c', { created: '2026-10-02', due: '2026-10-03' }),
      ],
    });
    expect(figuresOf('openActions', input, Q3)).toEqual(figures(2, null, 0, 2));
    expect(figuresOf('overdueActions', input, Q3)).toEqual(figures(1, 2, 0, 0.5));
    expect(resultOf('overdueActions', input, Q3).entries.map((e) => [e.id, e.inNumerator])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });
});

describe('patients not discussed for longer than the review interval', () => {
  const held = (id: string, date: string) => meeting(id, date, { present: ['huisarts'] });
  it.each<[string, ReturnType<typeof data>, ReturnType<typeof figures>, number?]>([
    ['nobody marked', data({ patients: [patient('a')] }), figures(0, 0, 0, null)],
    [
      'marked 83 days ago, never discussed',
      data({ patients: [patient('a')], markingEvents: [marked('a', '2026-09-01')] }),
      figures(1, 1, 0, 1),
    ],
    [
      'marked 22 days ago, never discussed',
      data({ patients: [patient('a')], markingEvents: [marked('a', '2026-11-01')] }),
      figures(0, 1, 0, 0),
    ],
    [
      'exactly 56 days is not overdue',
      data({ patients: [patient('a')], markingEvents: [marked('a', '2026-09-28')] }),
      figures(0, 1, 0, 0),
    ],
    [
      '57 days is overdue',
      data({ patients: [patient('a')], markingEvents: [marked('a', '2026-09-27')] }),
      figures(1, 1, 0, 1),
    ],
    [
      'discussed 39 days ago',
      data({
        patients: [patient('a')],
        markingEvents: [marked('a', '2026-01-01')],
        meetings: [held('m', '2026-10-15')],
        agendaItems: [item('i', 'm', 'a', { isDiscussed: true })],
      }),
      figures(0, 1, 0, 0),
    ],
    [
      'on an agenda but not discussed',
      data({
        patients: [patient('a')],
        markingEvents: [marked('a', '2026-01-01')],
        meetings: [held('m', '2026-10-15')],
        agendaItems: [item('i', 'm', 'a', { isDiscussed: false })],
      }),
      figures(1, 1, 0, 1),
    ],
    [
      'an interval of 4 weeks: 39 days is overdue',
      data({
        patients: [patient('a')],
        markingEvents: [marked('a', '2026-01-01')],
        meetings: [held('m', '2026-10-15')],
        agendaItems: [item('i', 'm', 'a', { isDiscussed: true })],
      }),
      figures(1, 1, 0, 1),
      28,
    ],
    [
      'deceased and unmarked patients are left out',
      data({ patients: [died('a', '2026-10-01'), patient('b')], markingEvents: [marked('a', '2026-01-01')] }),
      figures(0, 0, 0, null),
    ],
  ])('%s', (_name, input, expected, reviewIntervalDays) => {
    expect(figuresOf('reviewOverdue', input, Q4, reviewIntervalDays ? { reviewIntervalDays } : {})).toEqual(
      expected,
    );
  });

  it('reads a past quarter on its last day: a later discussion does not count', () => {
    const input = data({
      patients: [patient('a')],
      markingEvents: [marked('a', '2026-07-01')],
      meetings: [held('m', '2026-10-15')],
      agendaItems: [item('i', 'm', 'a', { isDiscussed: true })],
    });
    expect(figuresOf('reviewOverdue', input, Q3)).toEqual(figures(1, 1, 0, 1));
    expect(resultOf('reviewOverdue', input, Q3).entries[0]?.days).toBe(91);
    expect(figuresOf('reviewOverdue', input, Q4)).toEqual(figures(0, 1, 0, 0));
  });
});
