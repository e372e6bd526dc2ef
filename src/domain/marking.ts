/**
 * Marking history. Every change (marking the palliative phase, a new register colour, the dying phase,
 * unmarking, death) is an event; nothing is overwritten. The current state is derived from the events.
 */
import { z } from 'zod';
import { authorSchema, deviceRecordedAtSchema } from './author';
import { isoDateSchema, isoDateTimeSchema, type IsoDate } from './date-schemas';
import { patientIdSchema } from './ids';
import { onBehalfOfField } from './on-behalf';
import { PATIENT_REGISTER_COLOURS, PLACES_OF_DEATH } from './patient';

export const markingEventIdSchema = z.uuid('id.invalid').brand<'MarkingEventId'>();
export type MarkingEventId = z.infer<typeof markingEventIdSchema>;

export const MARKING_BASES = ['surpriseQuestion', 'indicators', 'signals', 'clinicalJudgement'] as const;
/** Register colour for urgency and complexity; each has a Dutch meaning in the UI, never colour alone. */
export const REGISTER_COLOURS = PATIENT_REGISTER_COLOURS;
export type RegisterColour = (typeof REGISTER_COLOURS)[number];
export const PREFERRED_PLACE_ANSWERS = ['yes', 'no', 'unknown'] as const;

const requiredText = z.string().trim().min(1, 'required').max(500, 'text.tooLong');

const palliativeSchema = z.object({
  kind: z.literal('palliative'),
  /** The treating doctor (usually the GP) who marks. */
  markedBy: z.string().trim().min(1, 'required').max(120, 'text.tooLong'),
  basis: z.enum(MARKING_BASES, 'required'),
  /** Whether the marking conversation with patient and naasten took place, and when. */
  isConversationHeld: z.boolean(),
  conversationDate: isoDateSchema.nullable(),
  colour: z.enum(REGISTER_COLOURS, 'required'),
});
const colourSchema = z.object({ kind: z.literal('colour'), colour: z.enum(REGISTER_COLOURS, 'required') });
const dyingPhaseSchema = z.object({ kind: z.literal('dyingPhase') });
const unmarkSchema = z.object({ kind: z.literal('unmark'), reason: requiredText });
const deathSchema = z.object({
  kind: z.literal('death'),
  place: z.enum(PLACES_OF_DEATH, 'required'),
  /** Whether the patient died at the preferred place, where that is known. */
  wasPreferredPlace: z.enum(PREFERRED_PLACE_ANSWERS, 'required'),
  /** A death recorded before any marking must be confirmed on purpose (it is an "unmarked death"). */
  isConfirmedUnmarked: z.boolean().default(false),
  /**
   * Whether the death was sudden (unexpected); sudden deaths are left out of the "marked before death"
   * indicator. Absent or null: not recorded.
   */
  isSudden: z.boolean().nullable().optional(),
});

export const markingChangeSchema = z.discriminatedUnion('kind', [
  palliativeSchema,
  colourSchema,
  dyingPhaseSchema,
  unmarkSchema,
  deathSchema,
]);
export type MarkingChange = z.infer<typeof markingChangeSchema>;
export type MarkingKind = MarkingChange['kind'];

const eventBase = z.object({
  id: markingEventIdSchema,
  patientId: patientIdSchema,
  /** The date the change applies to (e.g. the day of marking), not the moment of recording. */
  date: isoDateSchema,
  author: authorSchema,
  recordedAt: isoDateTimeSchema,
  deviceRecordedAt: deviceRecordedAtSchema,
  /** The huisarts whose decision this is, when a POH recorded it namens them (set by the server). */
  onBehalfOf: onBehalfOfField,
  deletedAt: isoDateTimeSchema.nullable(),
  /** The huisarts on whose behalf the event was withdrawn, when a POH withdrew it. */
  deletedOnBehalfOf: onBehalfOfField,
});

/** A stored event: the change plus when, by whom and for whom. One object schema per kind parses fast. */
export const markingEventSchema = z.discriminatedUnion('kind', [
  palliativeSchema.extend(eventBase.shape),
  colourSchema.extend(eventBase.shape),
  dyingPhaseSchema.extend(eventBase.shape),
  unmarkSchema.extend(eventBase.shape),
  deathSchema.extend(eventBase.shape),
]);
export type MarkingEvent = z.infer<typeof markingEventSchema>;

/** Field groups for sync: an event is written once; only its deletion can change later. */
export const markingEventFieldGroups = {
  event: ['date', 'author', 'recordedAt', 'kind', 'onBehalfOf'],
  deletion: ['deletedAt', 'deletedOnBehalfOf'],
} as const;

export interface MarkingState {
  palliativeSince: IsoDate | null;
  colour: RegisterColour | null;
  dyingPhaseSince: IsoDate | null;
  deathDate: IsoDate | null;
}

export const UNMARKED: MarkingState = {
  palliativeSince: null,
  colour: null,
  dyingPhaseSince: null,
  deathDate: null,
};

/** Orders events as they happened: by date, then by moment of recording. */
export function byOccurrence(a: MarkingEvent, b: MarkingEvent): number {
  return a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt);
}

/** Folds the history into the current marking state. Deleted events do not count. */
export function markingStateOf(events: readonly MarkingEvent[]): MarkingState {
  let state = UNMARKED;
  for (const event of [...events].filter((e) => e.deletedAt === null).sort(byOccurrence)) {
    switch (event.kind) {
      case 'palliative':
        state = { ...state, palliativeSince: state.palliativeSince ?? event.date, colour: event.colour };
        break;
      case 'colour':
        state = { ...state, colour: event.colour };
        break;
      case 'dyingPhase':
        state = { ...state, dyingPhaseSince: state.dyingPhaseSince ?? event.date };
        break;
      case 'unmark':
        state = { ...state, palliativeSince: null, colour: null, dyingPhaseSince: null };
        break;
      case 'death':
        state = { ...state, deathDate: event.date };
        break;
    }
  }
  return state;
}

export interface MarkingIssue {
  field: string;
  code: string;
}

interface MarkingContext {
  today: IsoDate;
  birthDate: IsoDate;
  state: MarkingState;
}

/**
 * Rules for a new marking change: no date in the future or before birth; a conversation date when the
 * conversation took place; colour, dying phase and unmarking only for a marked patient; nothing after
 * death; a death before any marking only when confirmed.
 */
export function markingIssues(change: MarkingChange, date: IsoDate, context: MarkingContext): MarkingIssue[] {
  const issues: MarkingIssue[] = [];
  const { today, birthDate, state } = context;
  if (date > today) issues.push({ field: 'date', code: 'date.future' });
  else if (date < birthDate) issues.push({ field: 'date', code: 'date.beforeBirth' });
  if (state.deathDate !== null) issues.push({ field: 'date', code: 'marking.afterDeath' });

  switch (change.kind) {
    case 'palliative':
      if (state.palliativeSince !== null) issues.push({ field: 'kind', code: 'marking.alreadyMarked' });
      if (change.isConversationHeld && change.conversationDate === null)
        issues.push({ field: 'conversationDate', code: 'required' });
      if (change.conversationDate !== null && change.conversationDate > today)
        issues.push({ field: 'conversationDate', code: 'date.future' });
      break;
    case 'colour':
    case 'dyingPhase':
    case 'unmark':
      if (state.palliativeSince === null) issues.push({ field: 'kind', code: 'marking.notMarked' });
      else if (date < state.palliativeSince) issues.push({ field: 'date', code: 'marking.beforeMarking' });
      break;
    case 'death':
      if (state.palliativeSince === null && !change.isConfirmedUnmarked)
        issues.push({ field: 'isConfirmedUnmarked', code: 'death.unmarkedNotConfirmed' });
      else if (state.palliativeSince !== null && date < state.palliativeSince && !change.isConfirmedUnmarked)
        issues.push({ field: 'isConfirmedUnmarked', code: 'death.beforeMarkingNotConfirmed' });
      break;
  }
  return issues;
}
