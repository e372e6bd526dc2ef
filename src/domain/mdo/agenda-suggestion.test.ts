import { describe, expect, it } from 'vitest';
import type { ChecklistDefinition, ChecklistResult } from '../checklists';
import { createCatalog, signallingCardV1, surpriseQuestionV1 } from '../checklists';
import type { IsoDate, IsoDateTime } from '../date-schemas';
import type { PatientId } from '../ids';
import type { AgendaReason } from './agenda-item';
import {
  reasonsByUrgency,
  suggestAgenda,
  type AgendaPatient,
  type AgendaSuggestionInput,
  type PastAgendaItem,
} from './agenda-suggestion';

const d = (value: string) => value as IsoDate;
/** The meeting the agenda is for, and the one before it. Eight weeks before MEETING is 2026-01-13. */
const MEETING = d('2026-03-10');
const PREVIOUS = d('2026-02-10');
const A = 'a0000000-0000-4000-8000-000000000001' as PatientId;
const catalog = createCatalog();

function patient(overrides: Partial<AgendaPatient> = {}): AgendaPatient {
  return {
    id: A,
    givenName: 'Anna',
    familyName: 'Jansen',
    status: 'active',
    palliativeSince: d('2025-06-01'),
    registerColour: 'yellow',
    dyingPhaseSince: null,
    deathDate: null,
    deletedAt: null,
    ...overrides,
  };
}

function discussed(meetingDate: string, overrides: Partial<PastAgendaItem> = {}): PastAgendaItem {
  return {
    patientId: A,
    meetingDate: d(meetingDate),
    isDiscussed: true,
    nextReviewDate: null,
    afterDeathReview: null,
    ...overrides,
  };
}

function event(kind: 'palliative' | 'colour' | 'dyingPhase', date: string, isDeleted = false) {
  return {
    patientId: A,
    kind,
    date: d(date),
    deletedAt: isDeleted ? ('2026-03-01T10:00:00Z' as IsoDateTime) : null,
  };
}

function result(
  observedOn: string,
  answers: ChecklistResult['answers'],
  definition: ChecklistDefinition = signallingCardV1,
) {
  return {
    id: crypto.randomUUID(),
    patientId: A,
    definitionId: definition.id,
    definitionVersion: definition.version,
    answers,
    observedOn: d(observedOn),
    author: { name: 'Fatima Amrani', role: 'wijkverpleegkundige' },
    recordedAt: '2026-02-20T10:00:00.000Z',
    deletedAt: null,
  } as ChecklistResult;
}

const openAction = { patientId: A, status: 'open' as const, deletedAt: null };
const withPlan = [{ patientId: A, deletedAt: null }];

/**
 * The baseline patient A is marked since mid-2025, alive, has a care plan and was discussed at the
 * previous meeting: nothing puts them on the agenda. Each case changes one thing.
 */
function input(overrides: Partial<AgendaSuggestionInput> = {}): AgendaSuggestionInput {
  return {
    meetingDate: MEETING,
    previousMeetingDate: PREVIOUS,
    reviewIntervalWeeks: 8,
    patients: [patient()],
    markingEvents: [],
    checklistResults: [],
    catalog,
    carePlans: withPlan,
    pastAgendaItems: [discussed(PREVIOUS)],
    actions: [],
    patientIdsOnAgenda: [],
    ...overrides,
  };
}

function reasonsOfA(overrides: Partial<AgendaSuggestionInput>): AgendaReason[] {
  return suggestAgenda(input(overrides)).find((s) => s.patientId === A)?.reasons ?? [];
}

type Case = [string, Partial<AgendaSuggestionInput>, AgendaReason[]];

const newlyMarked = patient({ palliativeSince: d('2026-02-20') });

describe('suggestAgenda: one reason at a time', () => {
  it.each<Case>([
    ['baseline: nothing new', {}, []],
    // newlyMarked
    [
      'marked since the previous meeting',
      { patients: [newlyMarked], markingEvents: [event('palliative', '2026-02-20')], pastAgendaItems: [] },
      ['newlyMarked'],
    ],
    [
      'marked on the meeting day itself',
      { markingEvents: [event('palliative', '2026-03-10')] },
      ['newlyMarked'],
    ],
    ['marked after the meeting day: next agenda', { markingEvents: [event('palliative', '2026-03-11')] }, []],
    ['marked before the previous meeting', { markingEvents: [event('palliative', '2026-02-09')] }, []],
    [
      'marked ON the previous meeting day, not discussed there',
      { markingEvents: [event('palliative', '2026-02-10')], pastAgendaItems: [discussed('2026-01-20')] },
      ['newlyMarked'],
    ],
    [
      'marked ON the previous meeting day and discussed there',
      { markingEvents: [event('palliative', '2026-02-10')] },
      [],
    ],
    [
      'on that agenda but not discussed: still new',
      {
        markingEvents: [event('palliative', '2026-02-10')],
        pastAgendaItems: [discussed(PREVIOUS, { isDiscussed: false }), discussed('2026-01-20')],
      },
      ['newlyMarked'],
    ],
    ['a deleted marking event', { markingEvents: [event('palliative', '2026-02-20', true)] }, []],
    [
      'marked, then unmarked since: not marked now',
      {
        patients: [patient({ palliativeSince: null, registerColour: null })],
        markingEvents: [event('palliative', '2026-02-20')],
      },
      [],
    ],
    // colourChanged
    [
      'colour changed since the previous meeting',
      { markingEvents: [event('colour', '2026-02-25')] },
      ['colourChanged'],
    ],
    [
      'colour changed ON the previous meeting day, discussed there',
      { markingEvents: [event('colour', '2026-02-10')] },
      [],
    ],
    [
      'colour changed ON the previous meeting day, not discussed',
      { markingEvents: [event('colour', '2026-02-10')], pastAgendaItems: [discussed('2026-01-20')] },
      ['colourChanged'],
    ],
    ['colour changed after the meeting day', { markingEvents: [event('colour', '2026-03-12')] }, []],
    [
      'the marking itself is no colour change',
      { markingEvents: [event('palliative', '2026-02-20')] },
      ['newlyMarked'],
    ],
    [
      'marked and then given another colour',
      { markingEvents: [event('palliative', '2026-02-20'), event('colour', '2026-03-01')] },
      ['newlyMarked', 'colourChanged'],
    ],
    // newSignals (the register's definition: a signalling card with a "ja" or a niet-pluis note)
    [
      'a signal since the previous meeting',
      { checklistResults: [result('2026-02-15', { admissions: true })] },
      ['newSignals'],
    ],
    [
      'a niet-pluis note is a signal',
      { checklistResults: [result('2026-02-15', { 'niet-pluis': 'Eet slecht' })] },
      ['newSignals'],
    ],
    [
      'a card without any "ja" is no signal',
      { checklistResults: [result('2026-02-15', { admissions: false })] },
      [],
    ],
    [
      'another checklist is no signal',
      { checklistResults: [result('2026-02-15', { answer: 'nee' }, surpriseQuestionV1)] },
      [],
    ],
    [
      'a signal before the previous meeting',
      { checklistResults: [result('2026-02-09', { falls: true })] },
      [],
    ],
    [
      'a signal ON the previous meeting day, discussed there',
      { checklistResults: [result('2026-02-10', { falls: true })] },
      [],
    ],
    [
      'a signal ON the previous meeting day, not discussed',
      {
        checklistResults: [result('2026-02-10', { falls: true })],
        pastAgendaItems: [discussed('2026-01-20')],
      },
      ['newSignals'],
    ],
    [
      'a deleted signal',
      {
        checklistResults: [
          { ...result('2026-02-15', { falls: true }), deletedAt: '2026-02-16T08:00:00.000Z' as IsoDateTime },
        ],
      },
      [],
    ],
    [
      'a signal for an unmarked patient',
      {
        patients: [patient({ palliativeSince: null, registerColour: null })],
        checklistResults: [result('2026-02-15', { falls: true })],
      },
      ['newSignals'],
    ],
    [
      'a signal for a patient who moved away',
      { patients: [patient({ status: 'moved' })], checklistResults: [result('2026-02-15', { falls: true })] },
      [],
    ],
    // reviewDue (eight weeks before the meeting is 2026-01-13)
    [
      'last discussed exactly one interval before: not yet due',
      { previousMeetingDate: d('2026-01-13'), pastAgendaItems: [discussed('2026-01-13')] },
      [],
    ],
    [
      'last discussed one day longer ago: due',
      { previousMeetingDate: d('2026-01-12'), pastAgendaItems: [discussed('2026-01-12')] },
      ['reviewDue'],
    ],
    [
      'only on an agenda without discussion: counts from the marking',
      { pastAgendaItems: [discussed(PREVIOUS, { isDiscussed: false })] },
      ['reviewDue'],
    ],
    [
      'never discussed, marked longer than the interval',
      { patients: [patient({ palliativeSince: d('2026-01-12') })], pastAgendaItems: [] },
      ['reviewDue'],
    ],
    [
      'never discussed, marked exactly one interval ago',
      { patients: [patient({ palliativeSince: d('2026-01-13') })], pastAgendaItems: [] },
      [],
    ],
    [
      'next review date on the meeting day',
      { pastAgendaItems: [discussed(PREVIOUS, { nextReviewDate: d('2026-03-10') })] },
      ['reviewDue'],
    ],
    [
      'next review date before the meeting day',
      { pastAgendaItems: [discussed(PREVIOUS, { nextReviewDate: d('2026-03-01') })] },
      ['reviewDue'],
    ],
    [
      'next review date the day after the meeting',
      { pastAgendaItems: [discussed(PREVIOUS, { nextReviewDate: d('2026-03-11') })] },
      [],
    ],
    [
      'a review date discussed since is no longer current',
      {
        pastAgendaItems: [discussed('2026-01-20', { nextReviewDate: d('2026-03-01') }), discussed(PREVIOUS)],
      },
      [],
    ],
    [
      'the latest review date wins',
      {
        pastAgendaItems: [
          discussed('2026-01-20', { nextReviewDate: d('2026-03-01') }),
          discussed(PREVIOUS, { nextReviewDate: d('2026-04-01') }),
        ],
      },
      [],
    ],
    [
      'a shorter interval (4 weeks)',
      {
        reviewIntervalWeeks: 4,
        previousMeetingDate: d('2026-02-09'),
        pastAgendaItems: [discussed('2026-02-09')],
      },
      ['reviewDue'],
    ],
    [
      'items of this or later meetings are not history',
      { pastAgendaItems: [discussed('2026-01-01'), discussed('2026-03-10'), discussed('2026-04-07')] },
      ['reviewDue'],
    ],
    // noCarePlan
    ['marked without a care plan', { carePlans: [] }, ['noCarePlan']],
    [
      'a deleted care plan is no plan',
      { carePlans: [{ patientId: A, deletedAt: '2026-01-01T10:00:00.000Z' as IsoDateTime }] },
      ['noCarePlan'],
    ],
    [
      'unmarked without a care plan',
      { carePlans: [], patients: [patient({ palliativeSince: null, registerColour: null })] },
      [],
    ],
    // dyingPhase
    ['in the dying phase', { patients: [patient({ dyingPhaseSince: d('2026-03-08') })] }, ['dyingPhase']],
    [
      'dying phase marked after the meeting day',
      { patients: [patient({ dyingPhaseSince: d('2026-03-12') })] },
      [],
    ],
    // diedSinceLastMeeting
    [
      'died since the previous meeting',
      { patients: [patient({ status: 'deceased', deathDate: d('2026-02-20') })] },
      ['diedSinceLastMeeting'],
    ],
    [
      'died on the meeting day',
      { patients: [patient({ status: 'deceased', deathDate: d('2026-03-10') })] },
      ['diedSinceLastMeeting'],
    ],
    [
      'died after the meeting day',
      { patients: [patient({ status: 'deceased', deathDate: d('2026-03-11') })] },
      [],
    ],
    [
      'died before the previous meeting',
      { patients: [patient({ status: 'deceased', deathDate: d('2026-02-09') })] },
      [],
    ],
    [
      'died ON the previous meeting day, no nabespreking yet',
      { patients: [patient({ status: 'deceased', deathDate: PREVIOUS })] },
      ['diedSinceLastMeeting'],
    ],
    [
      'died ON the previous meeting day, nabespreking held',
      {
        patients: [patient({ status: 'deceased', deathDate: PREVIOUS })],
        pastAgendaItems: [
          discussed(PREVIOUS, {
            afterDeathReview: { wasMarkedInTime: 'yes', diedAtPreferredPlace: 'yes', lessons: '' },
          }),
        ],
      },
      [],
    ],
    [
      'died unmarked: a nabespreking all the same',
      {
        patients: [
          patient({
            status: 'deceased',
            deathDate: d('2026-02-20'),
            palliativeSince: null,
            registerColour: null,
          }),
        ],
        carePlans: [],
      },
      ['diedSinceLastMeeting'],
    ],
    [
      'died in the dying phase: only the nabespreking',
      {
        patients: [
          patient({ status: 'deceased', deathDate: d('2026-02-20'), dyingPhaseSince: d('2026-02-15') }),
        ],
        carePlans: [],
      },
      ['diedSinceLastMeeting'],
    ],
    // openActions
    ['an open action', { actions: [openAction] }, ['openActions']],
    ['a done action', { actions: [{ ...openAction, status: 'done' }] }, []],
    [
      'a deleted action',
      { actions: [{ ...openAction, deletedAt: '2026-02-01T10:00:00.000Z' as IsoDateTime }] },
      [],
    ],
    ['a general action (no patient)', { actions: [{ ...openAction, patientId: null }] }, []],
    [
      'an open action of a patient who moved away',
      { patients: [patient({ status: 'moved' })], actions: [openAction] },
      ['openActions'],
    ],
    // first meeting ever: the window is one review interval (from 2026-01-13, that day included)
    [
      'first meeting: marked within the interval',
      {
        previousMeetingDate: null,
        pastAgendaItems: [],
        patients: [newlyMarked],
        markingEvents: [event('palliative', '2026-02-20')],
      },
      ['newlyMarked'],
    ],
    [
      "first meeting: marked on the window's first day",
      {
        previousMeetingDate: null,
        pastAgendaItems: [],
        patients: [patient({ palliativeSince: d('2026-01-13') })],
        markingEvents: [event('palliative', '2026-01-13')],
      },
      ['newlyMarked'],
    ],
    [
      'first meeting: marked before the window is review due, not new',
      {
        previousMeetingDate: null,
        pastAgendaItems: [],
        patients: [patient({ palliativeSince: d('2026-01-12') })],
        markingEvents: [event('palliative', '2026-01-12')],
      },
      ['reviewDue'],
    ],
    [
      'first meeting: an old signal is not new',
      {
        previousMeetingDate: null,
        checklistResults: [result('2026-01-12', { falls: true })],
        pastAgendaItems: [discussed('2026-03-01')],
      },
      [],
    ],
    [
      'first meeting: a death within the interval',
      {
        previousMeetingDate: null,
        pastAgendaItems: [],
        patients: [patient({ status: 'deceased', deathDate: d('2026-01-20') })],
      },
      ['diedSinceLastMeeting'],
    ],
    [
      'first meeting: a death longer ago',
      {
        previousMeetingDate: null,
        pastAgendaItems: [],
        patients: [patient({ status: 'deceased', deathDate: d('2026-01-12') })],
      },
      [],
    ],
    // leaving out
    ['already on this agenda', { carePlans: [], actions: [openAction], patientIdsOnAgenda: [A] }, []],
    [
      'a deleted patient',
      { carePlans: [], patients: [patient({ deletedAt: '2026-03-01T10:00:00.000Z' as IsoDateTime })] },
      [],
    ],
    [
      'a deregistered marked patient without a plan',
      { carePlans: [], patients: [patient({ status: 'deregistered' })] },
      [],
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(reasonsOfA(overrides)).toEqual(expected);
  });
});

describe('suggestAgenda: several reasons and the order', () => {
  it('lists every reason of one patient, most urgent first', () => {
    const [suggestion] = suggestAgenda(
      input({
        patients: [patient({ palliativeSince: d('2026-02-20'), dyingPhaseSince: d('2026-03-05') })],
        markingEvents: [event('palliative', '2026-02-20'), event('colour', '2026-03-01')],
        checklistResults: [result('2026-02-25', { falls: true })],
        carePlans: [],
        actions: [openAction, openAction],
        pastAgendaItems: [discussed('2025-10-01')],
      }),
    );
    expect(suggestion).toEqual({
      patientId: A,
      reasons: [
        'dyingPhase',
        'newlyMarked',
        'colourChanged',
        'newSignals',
        'reviewDue',
        'noCarePlan',
        'openActions',
      ],
      lastDiscussedOn: '2025-10-01',
      openActionCount: 2,
    });
  });

  it('sorts by the most urgent reason, then colour, then number of reasons, then name', () => {
    const id = (n: number) => `b0000000-0000-4000-8000-00000000000${String(n)}` as PatientId;
    const make = (n: number, familyName: string, overrides: Partial<AgendaPatient>) =>
      patient({ id: id(n), familyName, ...overrides });
    const patients = [
      make(1, 'Bakker', { status: 'deceased', deathDate: d('2026-02-20') }),
      make(2, 'Visser', { registerColour: 'green' }), // no plan
      make(3, 'Smit', { registerColour: 'red' }), // no plan
      make(4, 'Mulder', { registerColour: 'green', dyingPhaseSince: d('2026-03-01') }),
      make(5, 'Bos', { registerColour: 'red' }), // no plan
      make(6, 'Vos', { registerColour: 'yellow' }), // no plan and an open action
      make(7, 'Kok', { registerColour: null, palliativeSince: null }), // a signal, unmarked
      make(8, 'Wit', { registerColour: 'yellow' }), // has a plan, discussed: nothing
      make(9, 'Zwart', { registerColour: 'red' }), // no plan and an open action
    ];
    const suggestions = suggestAgenda(
      input({
        patients,
        carePlans: [
          { patientId: id(4), deletedAt: null },
          { patientId: id(8), deletedAt: null },
        ],
        pastAgendaItems: patients.map((p) => discussed(PREVIOUS, { patientId: p.id })),
        checklistResults: [{ ...result('2026-02-15', { falls: true }), patientId: id(7) }],
        actions: [
          { ...openAction, patientId: id(6) },
          { ...openAction, patientId: id(9) },
        ],
      }),
    );
    expect(suggestions.map((s) => s.patientId)).toEqual([
      id(4),
      id(7),
      id(9),
      id(5),
      id(3),
      id(6),
      id(2),
      id(1),
    ]);
  });

  it('shows stored reasons in the order of urgency', () => {
    expect(reasonsByUrgency(['openActions', 'nominated', 'dyingPhase', 'reviewDue'])).toEqual([
      'dyingPhase',
      'nominated',
      'reviewDue',
      'openActions',
    ]);
  });
});
