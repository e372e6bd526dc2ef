/**
 * The patient register (Patiënten): which patients a filter shows, how a search matches and how rows sort.
 * Pure functions over patient rows, so the page, tests and benchmarks share one definition.
 */
import type { IsoDate } from './date-schemas';
import type { Patient, PatientStatus } from './patient';
import type { SuggestionReason } from './suggestion';

/** The register's views; the first five are the ones a POH works from when preparing an MDO. */
export const REGISTER_FILTERS = [
  'marked',
  'signalsUnmarked',
  'suggested',
  'dyingPhase',
  'diedSinceMdo',
  'unmarked',
  'deceased',
  'all',
] as const;
export type RegisterFilter = (typeof REGISTER_FILTERS)[number];

/** Facts from outside the patient row (checklists, the last MDO) that some views need. */
export interface RegisterFacts {
  /** Patients with signals since the last MDO. */
  withNewSignals: ReadonlySet<string>;
  /** Patients for whom a marking conversation is suggested, with the reasons. */
  suggestions: ReadonlyMap<string, readonly SuggestionReason[]>;
  /** Deaths after this date count as "since the last MDO". */
  deathsAfter: IsoDate;
}

export const NO_REGISTER_FACTS: RegisterFacts = {
  withNewSignals: new Set(),
  suggestions: new Map(),
  deathsAfter: '0000-01-01' as IsoDate,
};

export const REGISTER_SORTS = ['name', 'birthDate', 'status', 'palliativeSince'] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

/** What the status column says: marked (palliative phase) wins over active. */
export type RegisterStatus = Exclude<PatientStatus, 'active'> | 'marked' | 'active';

export function registerStatusOf(patient: Pick<Patient, 'status' | 'palliativeSince'>): RegisterStatus {
  if (patient.status === 'active' && patient.palliativeSince !== null) return 'marked';
  return patient.status;
}

/** Whether a (not deleted) patient belongs in the chosen view. */
export function matchesFilter(
  patient: Patient,
  filter: RegisterFilter,
  facts: RegisterFacts = NO_REGISTER_FACTS,
): boolean {
  const status = registerStatusOf(patient);
  switch (filter) {
    case 'marked':
      return status === 'marked';
    case 'signalsUnmarked':
      return status === 'active' && facts.withNewSignals.has(patient.id);
    case 'suggested':
      return status === 'active' && facts.suggestions.has(patient.id);
    case 'dyingPhase':
      return status === 'marked' && patient.dyingPhaseSince !== null;
    case 'diedSinceMdo':
      return (
        patient.status === 'deceased' && patient.deathDate !== null && patient.deathDate > facts.deathsAfter
      );
    case 'unmarked':
      return status === 'active';
    case 'deceased':
      return patient.status === 'deceased';
    case 'all':
      return true;
  }
}

/** Lower case without diacritics, so "Ünal" is found with "unal" and "Zoë" with "zoe". */
export function normaliseForSearch(text: string): string {
  const lower = text.toLowerCase();
  // Most names are plain ASCII; only the others need the (costlier) Unicode decomposition.
  // eslint-disable-next-line no-control-regex -- the range is the whole ASCII table, on purpose
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{Diacritic}/gu, '');
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
    const { name, initials } = searchableOf(patient);
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

interface Searchable {
  name: string;
  initials: string[];
}

/**
 * Memo of each row's normalised name and initials. Rows are immutable (a change produces a new row
 * object), so typing in the search box normalises 10,000 names once, not once per keystroke.
 */
const searchables = new WeakMap<Patient, Searchable>();

function searchableOf(patient: Patient): Searchable {
  let searchable = searchables.get(patient);
  if (!searchable) {
    searchable = { name: normaliseForSearch(fullName(patient)), initials: initialsOf(patient) };
    searchables.set(patient, searchable);
  }
  return searchable;
}

const STATUS_ORDER: Record<RegisterStatus, number> = {
  marked: 0,
  active: 1,
  moved: 2,
  deregistered: 3,
  deceased: 4,
};

/**
 * Memo of each row's name sort key, as searchables: another sort, filter or search sorts the same rows
 * without normalising 10,000 names again, and the register can build the keys ahead in small chunks.
 */
const nameKeys = new WeakMap<Patient, string>();

/**
 * Name sort key: family name, then given name, lower case without diacritics. Plain string comparison of
 * these keys orders Dutch names as the register expects and is far cheaper than a collator on 10,000 rows.
 */
export function nameKeyOf(patient: Patient): string {
  let key = nameKeys.get(patient);
  if (key === undefined) {
    key = `${normaliseForSearch(patient.familyName)}\u0000${normaliseForSearch(patient.givenName)}`;
    nameKeys.set(patient, key);
  }
  return key;
}

interface SortEntry {
  patient: Patient;
  /** 1 for rows that sort last whichever the direction (unmarked patients when sorting on marking date). */
  group: number;
  primary: string | number;
  name: string;
}

function entryFor(patient: Patient, sort: RegisterSort): SortEntry {
  const name = nameKeyOf(patient);
  switch (sort) {
    case 'name':
      return { patient, group: 0, primary: name, name };
    case 'birthDate':
      return { patient, group: 0, primary: patient.birthDate, name };
    case 'status':
      return { patient, group: 0, primary: STATUS_ORDER[registerStatusOf(patient)], name };
    case 'palliativeSince':
      return {
        patient,
        group: patient.palliativeSince === null ? 1 : 0,
        primary: patient.palliativeSince ?? '',
        name,
      };
  }
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface RegisterQuery {
  search: string;
  filter: RegisterFilter;
  sort: RegisterSort;
  isDescending: boolean;
}

/**
 * The rows the register shows: not deleted, in the filter, matching the search, sorted on the chosen
 * column (ties by name). Keys are computed once per row, not once per comparison.
 */
export function selectRegisterRows(
  patients: readonly Patient[],
  query: RegisterQuery,
  facts: RegisterFacts = NO_REGISTER_FACTS,
): Patient[] {
  const matches = searchMatcher(query.search);
  const direction = query.isDescending ? -1 : 1;
  const entries: SortEntry[] = [];
  for (const patient of patients) {
    if (patient.deletedAt === null && matchesFilter(patient, query.filter, facts) && matches(patient)) {
      entries.push(entryFor(patient, query.sort));
    }
  }
  entries.sort(
    (a, b) => a.group - b.group || direction * compare(a.primary, b.primary) || compare(a.name, b.name),
  );
  return entries.map((entry) => entry.patient);
}
