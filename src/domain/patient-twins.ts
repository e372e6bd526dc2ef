/**
 * Patients a list would show identically: the same name and birth date. Such a row gets one extra fact
 * that tells it apart, chosen to reveal as little as possible: the masked BSN (only its last three digits,
 * as the patient page shows it), else the treating GP or the home-care organisation when that differs,
 * else the day the patient was added to the device's register.
 */
import { isoDateOf } from './dates';
import type { IsoDate } from './date-schemas';
import type { Patient } from './patient';

type TwinFields = Pick<
  Patient,
  | 'id'
  | 'givenName'
  | 'namePrefix'
  | 'familyName'
  | 'birthDate'
  | 'bsn'
  | 'treatingGp'
  | 'homeCareOrganisation'
  | 'createdAt'
>;

/** The fact that tells a patient apart from another with the same name and birth date. */
export type PatientDistinction =
  /** `lastDigits`: the BSN's last three digits, never more. */
  | { kind: 'bsn'; lastDigits: string }
  | { kind: 'treatingGp'; name: string }
  | { kind: 'homeCare'; name: string }
  | { kind: 'addedOn'; date: IsoDate };

const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** Memo per row (rows are immutable): the register builds these ahead in small chunks, off its render. */
const twinKeys = new WeakMap<TwinFields, string>();

/** Name and birth date as a list shows them, ignoring case and spacing. */
export function twinKeyOf(patient: TwinFields): string {
  let key = twinKeys.get(patient);
  if (key === undefined) {
    key =
      [patient.familyName, patient.namePrefix, patient.givenName].map(normal).join('|') +
      `|${patient.birthDate}`;
    twinKeys.set(patient, key);
  }
  return key;
}

function distinctionAmong(patient: TwinFields, twins: readonly TwinFields[]): PatientDistinction {
  if (patient.bsn) return { kind: 'bsn', lastDigits: patient.bsn.slice(-3) };
  const differs = (field: 'treatingGp' | 'homeCareOrganisation') =>
    patient[field].trim() !== '' && twins.every((twin) => normal(twin[field]) !== normal(patient[field]));
  if (differs('treatingGp')) return { kind: 'treatingGp', name: patient.treatingGp.trim() };
  if (differs('homeCareOrganisation')) return { kind: 'homeCare', name: patient.homeCareOrganisation.trim() };
  return { kind: 'addedOn', date: isoDateOf(new Date(patient.createdAt)) };
}

/**
 * For every patient that shares its name and birth date with another in `patients`, the fact that tells
 * it apart, keyed by patient id. Patients with a name and birth date of their own are absent.
 */
export function distinctionsOf(patients: readonly TwinFields[]): Map<string, PatientDistinction> {
  // The first patient of each key alone; an array only for the few keys that have twins, so 10,000
  // patients do not make 10,000 arrays.
  const firsts = new Map<string, TwinFields>();
  const groups = new Map<string, TwinFields[]>();
  for (const patient of patients) {
    const key = twinKeyOf(patient);
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, patient);
    else groups.set(key, [...(groups.get(key) ?? [first]), patient]);
  }
  const distinctions = new Map<string, PatientDistinction>();
  for (const group of groups.values()) {
    for (const patient of group) {
      const twins = group.filter((other) => other.id !== patient.id);
      distinctions.set(patient.id, distinctionAmong(patient, twins));
    }
  }
  return distinctions;
}

/**
 * Finds, a chunk of patients at a time, those that share their name and birth date with another one added:
 * `add` each chunk, then `members()` holds exactly the patients of every group of twins, each group in the
 * order its members were added. `distinctionsOf(members())` then equals `distinctionsOf` of everything added, at the cost of the few twins:
 * the register groups its 10,000 patients this way in small chunks instead of in one long task.
 */
export function twinCollector<T extends TwinFields>(): {
  add: (patients: readonly T[]) => void;
  members: () => T[];
} {
  const firsts = new Map<string, T>();
  const twins = new Set<T>();
  return {
    add(patients) {
      for (const patient of patients) {
        const key = twinKeyOf(patient);
        const first = firsts.get(key);
        if (first === undefined) {
          firsts.set(key, patient);
        } else {
          twins.add(first);
          twins.add(patient);
        }
      }
    },
    members: () => [...twins],
  };
}
