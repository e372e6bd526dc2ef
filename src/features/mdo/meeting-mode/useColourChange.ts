import { useState } from 'react';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { recordMarking } from '../../../db';
import { isoDateOf, type Meeting, type Patient, type RegisterColour } from '../../../domain';
import { useAuthor } from '../../../components/useAuthor';
import type { FieldSaveOutcome } from '../../../components/useAutosave';
import { firstTextKey, type TextKey } from '../../../i18n';

/** What became of the register after a colour was chosen. */
export type RegisterOutcome =
  | { kind: 'recorded'; colour: RegisterColour }
  | { kind: 'already'; colour: RegisterColour }
  | { kind: 'refused'; code: TextKey };

/**
 * Choosing the new colour saves it on the item and, when it differs from the register, records a colour
 * change in the patient's marking history, dated the meeting day (or today, for a meeting still to come),
 * so the register follows what the team agreed.
 */
export function useColourChange(
  patient: Patient,
  meeting: Meeting,
  save: (changes: { newColour: RegisterColour | null }) => Promise<FieldSaveOutcome>,
): { choose: (colour: RegisterColour | null) => Promise<void>; outcome: RegisterOutcome | null } {
  const db = useDatabase();
  const author = useAuthor();
  const [outcome, setOutcome] = useState<RegisterOutcome | null>(null);
  const choose = async (colour: RegisterColour | null) => {
    setOutcome(null);
    const saved = await save({ newColour: colour });
    if (!saved.ok || colour === null) return;
    if (patient.registerColour === colour) {
      setOutcome({ kind: 'already', colour });
      return;
    }
    if (author === null) {
      setOutcome({ kind: 'refused', code: 'mdoMeeting.errors.noAuthor' });
      return;
    }
    const now = new Date();
    const today = isoDateOf(now);
    const result = await recordMarking(
      db,
      {
        patientId: patient.id,
        date: meeting.date < today ? meeting.date : today,
        change: { kind: 'colour', colour },
        author,
      },
      now,
    );
    if (result.ok) setOutcome({ kind: 'recorded', colour });
    else if (result.error.kind === 'invalid')
      setOutcome({
        kind: 'refused',
        code: firstTextKey([`errors.${result.error.issues[0]?.code ?? 'invalid'}`], 'errors.invalid'),
      });
    else setOutcome({ kind: 'refused', code: `mdoMeeting.save.${result.error.kind}` });
  };
  return { choose, outcome };
}
