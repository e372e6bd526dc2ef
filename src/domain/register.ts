/**
 * The patient register (Patiënten): which patients a filter shows, how a search matches and how rows sort.
 * Pure functions over patient rows, so the page, tests and benchmarks share one definition.
 */
import type { Patient, PatientStatus } from './patient';

export const REGISTER_FILTERS = ['marked', 'unmarked', 'deceased', 'all'] as const;
export type RegisterFilter = (typeof REGISTER_FILTERS)[number];

export const REGISTER_SORTS = ['name', 'birthDate', 'status', 'palliativeSince'] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

/** What the status column says: marked (palliative phase) wins over active. */
export type RegisterStatus = Exclude<PatientStatus, 'active'> | 'marked' | 'active';

export function registerStatusOf(patient: Pick<Patient, 'status' | 'palliativeSince'>): RegisterStatus {
  if (patient.status === 'active' && patient.palliativeSince !== null) return 'marked';
  return patient.status;
}

/** Whether a (not deleted) patient belongs in the chosen filter. */
export function matchesFilter(patient: Patient, filter: RegisterFilter): boolean {
  switch (filter) {
    case 'marked':
      return registerStatusOf(patient) === 'marked';
    case 'unmarked':
      return registerStatusOf(patient) === 'active';
    case 'deceased':
      return patient.status === 'deceased';
    case 'all':
      return true;
  }
}

/** Lower case without diacritics, so "Ünal" is found with "unal" and "Zoë" with "zoe". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function firstLetters(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word[0] ?? '')
    .join('');
}

/**
 * Initials as people type them: "Jan Pieter de Vries" gives "jpv" and, with the tussenvoegsel, "jpdv".
 */
export function initialsOf(patient: Pick<Patient, 'givenName' | 'namePrefix' | 'familyName'>): string[] {
  const given = firstLetters(patient.givenName);
  const family = firstLetters(patient.familyName);
  const prefix = firstLetters(patient.namePrefix);
  const variants = [given + family, given + prefix + family].map(normaliseForSearch);
  return prefix === '' ? variants.slice(0, 1) : variants;
}

/** Full name as Dutch people write it: "Jan de Vries". */
export function fullName(patient: Pick<Patient, 'givenName' | 'namePrefix' | 'familyName'>): string {
  return [patient.givenName, patient.namePrefix, patient.familyName].filter(Boolean).join(' ');
}

/** Name as registers list it, sorted on the family name: "Vries, Jan de". */
export function listName(patient: Pick<Patient, 'givenName' | 'namePrefix' | 'familyName'>): string {
  return `${patient.familyName}, ${[patient.givenName, patient.namePrefix].filter(Boolean).join(' ')}`;
}

/**
 * Builds a matcher for a search text. Every word must match one of: part of the name, the birth year,
 * or the initials (with or without dots and tussenvoegsel: "J.V.", "jv" and "JdV" all match Jan de Vries).
 */
export function searchMatcher(query: string): (patient: Patient) => boolean {
  const terms = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return () => true;
  return (patient) => {
    const name = normaliseForSearch(fullName(patient));
    const initials = initialsOf(patient);
    const birthYear = patient.birthDate.slice(0, 4);
    return terms.every((term) => {
      if (/^\d{4}$/.test(term)) return birthYear === term;
      if (name.includes(term)) return true;
      const letters = term.replace(/\./g, '');
      return (
        letters.length >= 2 &&
        /^\p{L}+$/u.test(letters) &&
        initials.some((variant) => variant.startsWith(letters))
      );
    });
  };
}

const STATUS_ORDER: Record<RegisterStatus, number> = {
  marked: 0,
  active: 1,
  moved: 2,
  deregistered: 3,
  deceased: 4,
};

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function compareByName(a: Patient, b: Patient): number {
  return collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName);
}

const COMPARATORS: Record<RegisterSort, (a: Patient, b: Patient) => number> = {
  name: compareByName,
  birthDate: (a, b) => a.birthDate.localeCompare(b.birthDate),
  status: (a, b) => STATUS_ORDER[registerStatusOf(a)] - STATUS_ORDER[registerStatusOf(b)],
  // Unmarked patients last, whichever the direction: they have no date to compare.
  palliativeSince: (a, b) => (a.palliativeSince ?? '9999').localeCompare(b.palliativeSince ?? '9999'),
};

export interface RegisterQuery {
  search: string;
  filter: RegisterFilter;
  sort: RegisterSort;
  isDescending: boolean;
}

/** The rows the register shows: not deleted, in the filter, matching the search, sorted (ties by name). */
export function selectRegisterRows(patients: readonly Patient[], query: RegisterQuery): Patient[] {
  const matches = searchMatcher(query.search);
  const compare = COMPARATORS[query.sort];
  const direction = query.isDescending ? -1 : 1;
  return patients
    .filter(
      (patient) => patient.deletedAt === null && matchesFilter(patient, query.filter) && matches(patient),
    )
    .sort((a, b) => direction * compare(a, b) || compareByName(a, b));
}
