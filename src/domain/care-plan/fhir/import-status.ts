/**
 * Whether a fact in a Bundle is current. A fact entered in error is no fact at all and is skipped; a fact
 * that was withdrawn, ended or cancelled is history, and a decision still in draft is not agreed: either is
 * shown to the user as such, never put in the plan as a current limit or wish. Anything with a status the
 * import does not know is skipped too: when unsure, show less and say why.
 */
import type { IsoDate } from '../../date-schemas';
import { dateOf } from './import-schemas';

export type Standing =
  { kind: 'current' } | { kind: 'history'; reason: string } | { kind: 'skip'; reason: string };

const CURRENT: Standing = { kind: 'current' };
const history = (reason: string): Standing => ({ kind: 'history', reason });
const skip = (reason: string): Standing => ({ kind: 'skip', reason });

/** Per resource type: the statuses that are current, and those that make a fact history. */
const STATUSES: Readonly<
  Record<string, { current: readonly string[]; history: readonly string[]; notAgreed?: readonly string[] }>
> = {
  // A draft or proposed Consent is "not yet intended to be acted upon" (FHIR R4): a treatment decision
  // nobody has taken yet. Shown beside the history, never put in the plan as a limit (a Tijdig concept
  // plan exports its directives as draft, so its limits travel as information only).
  Consent: { current: ['active'], notAgreed: ['draft', 'proposed'], history: ['inactive', 'rejected'] },
  Goal: {
    current: ['proposed', 'planned', 'accepted', 'active', 'on-hold'],
    history: ['completed', 'cancelled', 'rejected'],
  },
  Observation: {
    current: ['registered', 'preliminary', 'final', 'amended', 'corrected'],
    history: ['cancelled'],
  },
  Procedure: { current: ['completed', 'in-progress'], history: ['not-done', 'stopped'] },
  Encounter: {
    current: ['finished', 'in-progress', 'arrived', 'triaged', 'onleave'],
    history: ['cancelled'],
  },
  // Communication: not-done is a fact too (the patient was not informed); the reader maps it.
  Communication: { current: ['completed', 'not-done'], history: [] },
};

/** The standing of a resource by its status (Goal: lifecycleStatus) and, when it has one, its end date. */
export function standingOf(
  resourceType: string,
  status: string | undefined,
  end: string | undefined,
  today: IsoDate,
): Standing {
  if (status === 'entered-in-error') return skip('status.enteredInError');
  const known = STATUSES[resourceType];
  if (known !== undefined) {
    if (status === undefined) return skip('status.missing');
    if (known.history.includes(status)) return history('status.inactive');
    if (known.notAgreed?.includes(status)) return history('status.notAgreed');
    if (!known.current.includes(status)) return skip('status.unknown');
  }
  const ended = dateOf(end);
  if (ended !== null && ended < today) return history('period.ended');
  return CURRENT;
}
