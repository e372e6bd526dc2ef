/**
 * The marking form's typed state and its translation into a domain change. Dates are typed as
 * dd-mm-jjjj; text that is not a date passes through so the domain schema reports it.
 */
import {
  parseDutchDate,
  toDutchDate,
  type IsoDate,
  type MarkingKind,
  type RegisterColour,
} from '../../domain';

export interface MarkingFormState {
  date: string;
  markedBy: string;
  basis: string;
  isConversationHeld: boolean;
  conversationDate: string;
  colour: RegisterColour | null;
  reason: string;
  place: string;
  wasPreferredPlace: string;
  /** Whether the death was sudden: `yes`, `no`, `unknown`, or empty when not answered (optional). */
  isSudden: string;
  isConfirmedUnmarked: boolean;
}

export function initialFormState(
  today: IsoDate,
  markedBy: string,
  colour: RegisterColour | null,
): MarkingFormState {
  return {
    date: toDutchDate(today),
    markedBy,
    basis: '',
    isConversationHeld: false,
    conversationDate: '',
    colour,
    reason: '',
    place: '',
    wasPreferredPlace: '',
    isSudden: '',
    isConfirmedUnmarked: false,
  };
}

/** A typed date in ISO form, or the raw text so validation can report it. */
export function typedDate(text: string): string {
  return parseDutchDate(text) ?? text.trim();
}

/** The change the form describes, for `recordMarking`; unfilled choices stay undefined (→ "required"). */
export function changeFromForm(kind: MarkingKind, state: MarkingFormState): Record<string, unknown> {
  const choice = (value: string) => (value === '' ? undefined : value);
  switch (kind) {
    case 'palliative':
      return {
        kind,
        markedBy: state.markedBy,
        basis: choice(state.basis),
        isConversationHeld: state.isConversationHeld,
        conversationDate: state.conversationDate.trim() === '' ? null : typedDate(state.conversationDate),
        colour: state.colour ?? undefined,
      };
    case 'colour':
      return { kind, colour: state.colour ?? undefined };
    case 'dyingPhase':
      return { kind };
    case 'unmark':
      return { kind, reason: state.reason };
    case 'death':
      return {
        kind,
        place: choice(state.place),
        wasPreferredPlace: choice(state.wasPreferredPlace),
        // Not answered and "onbekend" are both stored as not recorded (null).
        isSudden: state.isSudden === 'yes' ? true : state.isSudden === 'no' ? false : null,
        isConfirmedUnmarked: state.isConfirmedUnmarked,
      };
  }
}
