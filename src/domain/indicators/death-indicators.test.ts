import { describe, expect, it } from 'vitest';
import {
  carePlan,
  data,
  deathEvent,
  died,
  item,
  marked,
  meeting,
  patient,
  unmarked,
} from './indicator.fixtures';
import { quarterPeriod } from './period';
import { figures, figuresOf, resultOf } from './test-helpers';

const Q3 = quarterPeriod(2026, 3);
const Q4 = quarterPeriod(2026, 4);
type Case = [string, ReturnType<typeof data>, ReturnType<typeof figures>];

describe('marked before death (non-sudden deaths)', () => {
  it.each<Case>([
    ['no deaths in the period', data({ patients: [patient('a')] }), figures(0, 0, 0, null)],
    [
      'a marked patient who died',
      data({ patients: [died('a', '2026-10-11')], markingEvents: [marked('a', '2026-09-01')] }),
      figures(1, 1, 0, 1),
    ],
    [
      'an unmarked death whose suddenness is not recorded is unknown',
      data({ patients: [died('a', '2026-10-11')] }),
      figures(0, 0, 1, null),
    ],
    [
      'an unmarked death recorded as not sudden is a failure',
      data({
        patients: [died('a', '2026-10-11')],
        markingEvents: [deathEvent('a', '2026-10-11', { isSudden: false })],
      }),
      figures(0, 1, 0, 0),
    ],
    [
      'a sudden death is left out',
      data({
        patients: [died('a', '2026-10-11')],
        markingEvents: [deathEvent('a', '2026-10-11', { isSudden: true })],
      }),
      figures(0, 0, 0, null),
    ],
    [
      'a marked patient who died suddenly is left out',
      data({
        patients: [died('a', '2026-10-11')],
        markingEvents: [marked('a', '2026-09-01'), deathEvent('a', '2026-10-11', { isSudden: true })],
      }),
      figures(0, 0, 0, null),
    ],
    [
      'unmarked before death: not marked at death, so unknown without a recorded suddenness',
      data({
        patients: [died('a', '2026-10-11')],
        markingEvents: [marked('a', '2026-05-01'), unmarked('a', '2026-06-01')],
      }),
      figures(0, 0, 1, null),
    ],
    [
      'marked on the day of death counts as marked',
      data({ patients: [died('a', '2026-10-11')], markingEvents: [marked('a', '2026-10-11')] }),
      figures(1, 1, 0, 1),
    ],
    [
      'a marking from before the history (on the patient row only) counts',
      data({ patients: [{ ...died('a', '2026-10-11'), palliativeSince: '2026-08-01' as never }] }),
      figures(1, 1, 0, 1),
    ],
    [
      'a death in the previous quarter does not count',
      data({ patients: [died('a', '2026-09-30')], markingEvents: [marked('a', '2026-09-01')] }),
      figures(0, 0, 0, null),
    ],
    [
      'deleted patients and deleted marking events do not count',
      data({
        patients: [
          { ...died('a', '2026-10-11'), deletedAt: '2026-11-01T00:00:00.000Z' as never },
          died('b', '2026-10-12'),
        ],
        markingEvents: [{ ...marked('b', '2026-09-01'), deletedAt: '2026-09-02T00:00:00.000Z' as never }],
      }),
      figures(0, 0, 1, null),
    ],
    [
      'three marked, one unmarked not sudden, two unknown, one sudden',
      data({
        patients: ['m1', 'm2', 'm3', 'ns', 'u1', 'u2', 's'].map((id, i) =>
          died(id, `2026-10-${String(10 + i)}`),
        ),
        markingEvents: [
          marked('m1', '2026-01-01'),
          marked('m2', '2026-06-01'),
          marked('m3', '2026-10-01'),
          deathEvent('ns', '2026-10-13', { isSudden: false }),
          deathEvent('u2', '2026-10-15', { isSudden: null }),
          deathEvent('s', '2026-10-16', { isSudden: true }),
        ],
      }),
      figures(3, 4, 2, 0.75),
    ],
  ])('%s', (_name, input, expected) => {
    expect(figuresOf('markedBeforeDeath', input, Q4)).toEqual(expected);
  });

  it('a death on the last day of a quarter counts in that quarter', () => {
    const input = data({ patients: [died('a', '2026-09-30')], markingEvents: [marked('a', '2026-09-30')] });
    expect(figuresOf('markedBeforeDeath', input, Q3)).toEqual(figures(1, 1, 0, 1));
  });

  it('lists the patients behind the figure with how each counted', () => {
    const input = data({
      patients: [died('yes', '2026-10-11'), died('no', '2026-10-12'), died('unknown', '2026-10-13')],
      markingEvents: [marked('yes', '2026-09-01'), deathEvent('no', '2026-10-12', { isSudden: false })],
    });
    const result = resultOf('markedBeforeDeath', input, Q4);
    expect(result.patientIds).toEqual(['yes', 'no', 'unknown']);
    expect(result.entries.map((e) => [e.id, e.inNumerator, e.days])).toEqual([
      ['yes', true, 40],
      ['no', false, null],
      ['unknown', null, null],
    ]);
  });
});

describe('median days from marking to death', () => {
  it.each<Case>([
    ['no deaths', data(), figures(0, 0, 0, null)],
    [
      'one death 40 days after marking',
      data({ patients: [died('a', '2026-10-11')], markingEvents: [marked('a', '2026-09-01')] }),
      figures(1, 1, 0, 40),
    ],
    [
      'three deaths: 10, 40 and 304 days',
      data({
        patients: [died('a', '2026-10-11'), died('b', '2026-10-11'), died('c', '2026-11-01')],
        markingEvents: [marked('a', '2026-09-01'), marked('b', '2026-10-01'), marked('c', '2026-01-01')],
      }),
      figures(3, 3, 0, 40),
    ],
    [
      'two deaths: 10 and 40 days, median 25',
      data({
        patients: [died('a', '2026-10-11'), died('b', '2026-10-11')],
        markingEvents: [marked('a', '2026-09-01'), marked('b', '2026-10-01')],
      }),
      figures(2, 2, 0, 25),
    ],
    [
      'marked on the day of death: 0 days',
      data({ patients: [died('a', '2026-10-11')], markingEvents: [marked('a', '2026-10-11')] }),
      figures(1, 1, 0, 0),
    ],
    [
      'unmarked and sudden deaths have no days',
      data({
        patients: [died('a', '2026-10-11'), died('b', '2026-10-11')],
        markingEvents: [marked('b', '2026-09-01'), deathEvent('b', '2026-10-11', { isSudden: true })],
      }),
      figures(0, 0, 0, null),
    ],
    [
      'a re-marked patient counts from the marking in force',
      data({
        patients: [died('a', '2026-10-11')],
        markingEvents: [marked('a', '2026-03-01'), unmarked('a', '2026-04-01'), marked('a', '2026-10-01')],
      }),
      figures(1, 1, 0, 10),
    ],
  ])('%s', (_name, input, expected) => {
    expect(figuresOf('markingToDeathDays', input, Q4)).toEqual(expected);
  });
});

describe('died at the preferred place', () => {
  const reviewMeeting = meeting('m', '2026-11-05', { present: ['huisarts'] });
  it.each<Case>([
    ['no deaths', data(), figures(0, 0, 0, null)],
    [
      'recorded with the death: yes',
      data({
        patients: [died('a', '2026-10-11')],
        markingEvents: [deathEvent('a', '2026-10-11', { wasPreferredPlace: 'yes' })],
      }),
      figures(1, 1, 0, 1),
    ],
    [
      'recorded with the death: no',
      data({
        patients: [died('a', '2026-10-11')],
        markingEvents: [deathEvent('a', '2026-10-11', { wasPreferredPlace: 'no' })],
      }),
      figures(0, 1, 0, 0),
    ],
    [
      'unknown with the death, yes in the nabespreking',
      data({
        patients: [died('a', '2026-10-11')],
        markingEvents: [deathEvent('a', '2026-10-11', { wasPreferredPlace: 'unknown' })],
        meetings: [reviewMeeting],
        agendaItems: [item('i', 'm', 'a', { review: { diedAtPreferredPlace: 'yes' } })],
      }),
      figures(1, 1, 0, 1),
    ],
    [
      'the answer with the death wins over the nabespreking',
      data({
        patients: [died('a', '2026-10-11')],
        markingEvents: [deathEvent('a', '2026-10-11', { wasPreferredPlace: 'no' })],
        meetings: [reviewMeeting],
        agendaItems: [item('i', 'm', 'a', { review: { diedAtPreferredPlace: 'yes' } })],
      }),
      figures(0, 1, 0, 0),
    ],
    [
      'a nabespreking in a cancelled meeting does not count',
      data({
        patients: [died('a', '2026-10-11')],
        meetings: [meeting('m', '2026-11-05', { status: 'cancelled' })],
        agendaItems: [item('i', 'm', 'a', { review: { diedAtPreferredPlace: 'yes' } })],
      }),
      figures(0, 0, 1, null),
    ],
    [
      'care plan "thuis" and died at home',
      data({ patients: [died('a', '2026-10-11', 'home')], carePlans: [carePlan('a', { place: 'thuis' })] }),
      figures(1, 1, 0, 1),
    ],
    [
      'care plan "hospice" and died in hospital',
      data({
        patients: [died('a', '2026-10-11', 'hospital')],
        carePlans: [carePlan('a', { place: 'hospice' })],
      }),
      figures(0, 1, 0, 0),
    ],
    [
      'care plan "anders" cannot be compared: unknown',
      data({ patients: [died('a', '2026-10-11', 'other')], carePlans: [carePlan('a', { place: 'anders' })] }),
      figures(0, 0, 1, null),
    ],
    [
      'care plan "onbekend": unknown',
      data({
        patients: [died('a', '2026-10-11', 'home')],
        carePlans: [carePlan('a', { place: 'onbekend' })],
      }),
      figures(0, 0, 1, null),
    ],
    [
      'place of death not known: unknown',
      data({
        patients: [died('a', '2026-10-11', 'unknown')],
        carePlans: [carePlan('a', { place: 'thuis' })],
      }),
      figures(0, 0, 1, null),
    ],
    [
      'no care plan and nothing recorded: unknown',
      data({ patients: [died('a', '2026-10-11')] }),
      figures(0, 0, 1, null),
    ],
  ])('%s', (_name, input, expected) => {
    expect(figuresOf('diedAtPreferredPlace', input, Q4)).toEqual(expected);
  });
});

describe('deaths with a nabespreking', () => {
  const held = meeting('m', '2026-11-05', { present: ['huisarts'] });
  it.each<Case>([
    ['no deaths', data(), figures(0, 0, 0, null)],
    [
      'a lesson written down in a meeting that was held',
      data({
        patients: [died('a', '2026-10-11')],
        meetings: [held],
        agendaItems: [item('i', 'm', 'a', { review: { lessons: 'Eerder PZP' } })],
      }),
      figures(1, 1, 0, 1),
    ],
    [
      'an answer alone is a nabespreking',
      data({
        patients: [died('a', '2026-10-11')],
        meetings: [held],
        agendaItems: [item('i', 'm', 'a', { review: { wasMarkedInTime: 'no' } })],
      }),
      figures(1, 1, 0, 1),
    ],
    [
      'an empty nabespreking is none',
      data({
        patients: [died('a', '2026-10-11')],
        meetings: [held],
        agendaItems: [item('i', 'm', 'a', { review: { lessons: '  ' } })],
      }),
      figures(0, 1, 0, 0),
    ],
    [
      'on the agenda without a nabespreking',
      data({ patients: [died('a', '2026-10-11')], meetings: [held], agendaItems: [item('i', 'm', 'a')] }),
      figures(0, 1, 0, 0),
    ],
    [
      'in a cancelled meeting',
      data({
        patients: [died('a', '2026-10-11')],
        meetings: [meeting('m', '2026-11-05', { status: 'cancelled' })],
        agendaItems: [item('i', 'm', 'a', { review: { lessons: 'x' } })],
      }),
      figures(0, 1, 0, 0),
    ],
    [
      'two deaths, one discussed',
      data({
        patients: [died('a', '2026-10-11'), died('b', '2026-12-01')],
        meetings: [held],
        agendaItems: [item('i', 'm', 'a', { review: { lessons: 'x' } })],
      }),
      figures(1, 2, 0, 0.5),
    ],
  ])('%s', (_name, input, expected) => {
    expect(figuresOf('afterDeathReview', input, Q4)).toEqual(expected);
  });
});
