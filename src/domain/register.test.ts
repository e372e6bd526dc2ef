import { describe, expect, it } from 'vitest';
import { patientRow } from '../test/factories';
import type { IsoDate, IsoDateTime } from './date-schemas';
import { listName, searchMatcher, selectRegisterRows, type RegisterQuery } from './register';

const jan = patientRow({
  givenName: 'Jan Pieter',
  namePrefix: 'de',
  familyName: 'Vries',
  birthDate: '1948-03-07' as IsoDate,
});
const zoe = patientRow({
  givenName: 'Zoë',
  namePrefix: '',
  familyName: 'Ünal',
  birthDate: '1951-10-02' as IsoDate,
  palliativeSince: '2026-09-01' as IsoDate,
});
const piet = patientRow({
  givenName: 'Piet',
  namePrefix: 'van',
  familyName: 'Dam',
  birthDate: '1930-05-05' as IsoDate,
  status: 'deceased',
  deathDate: '2026-10-10' as IsoDate,
  placeOfDeath: 'home',
  palliativeSince: '2026-02-01' as IsoDate,
});
const gone = patientRow({ familyName: 'Verwijderd', deletedAt: '2026-02-02T10:00:00.000Z' as IsoDateTime });
const all = [jan, zoe, piet, gone];

const query = (overrides: Partial<RegisterQuery>): RegisterQuery => ({
  search: '',
  filter: 'all',
  sort: 'name',
  isDescending: false,
  ...overrides,
});

const names = (q: Partial<RegisterQuery>) => selectRegisterRows(all, query(q)).map((p) => p.familyName);

describe('selectRegisterRows', () => {
  it.each<[string, Partial<RegisterQuery>, string[]]>([
    ['all, by name, without tombstones', {}, ['Dam', 'Ünal', 'Vries']],
    ['marked: living patients with a marking', { filter: 'marked' }, ['Ünal']],
    ['not marked: living patients without one', { filter: 'unmarked' }, ['Vries']],
    ['deceased', { filter: 'deceased' }, ['Dam']],
    ['by birth date, descending', { sort: 'birthDate', isDescending: true }, ['Ünal', 'Vries', 'Dam']],
    ['by status: marked first, deceased last', { sort: 'status' }, ['Ünal', 'Vries', 'Dam']],
    ['by marking date, unmarked last', { sort: 'palliativeSince' }, ['Dam', 'Ünal', 'Vries']],
    [
      'by marking date descending, unmarked still last',
      { sort: 'palliativeSince', isDescending: true },
      ['Ünal', 'Dam', 'Vries'],
    ],
    ['by name, descending', { isDescending: true }, ['Vries', 'Ünal', 'Dam']],
    ['search without diacritics', { search: 'unal' }, ['Ünal']],
    ['search by birth year', { search: '1948' }, ['Vries']],
    ['search by initials with dots', { search: 'J.P.V.' }, ['Vries']],
    ['search by initials without dots', { search: 'pvd' }, ['Dam']],
    ['search words must all match', { search: 'jan 1951' }, []],
    ['search by part of the name with prefix', { search: 'de vries' }, ['Vries']],
  ])('%s', (_case, q, expected) => {
    expect(names(q)).toEqual(expected);
  });
});

describe('register names', () => {
  it('lists on family name with the prefix after the given name', () => {
    expect(listName(jan)).toBe('Vries, Jan Pieter de');
  });

  it('does not take a single letter as initials', () => {
    expect(searchMatcher('j')(zoe)).toBe(false);
  });
});

describe('register views that need facts', () => {
  const signalled = patientRow({ familyName: 'Signaal' });
  const suggested = patientRow({ familyName: 'Suggestie' });
  const dying = patientRow({
    familyName: 'Stervend',
    palliativeSince: '2026-09-01' as IsoDate,
    dyingPhaseSince: '2026-11-20' as IsoDate,
  });
  const diedRecently = patientRow({
    familyName: 'Recent',
    status: 'deceased',
    deathDate: '2026-11-10' as IsoDate,
    placeOfDeath: 'home',
  });
  const diedLongAgo = patientRow({
    familyName: 'Lang',
    status: 'deceased',
    deathDate: '2026-01-10' as IsoDate,
    placeOfDeath: 'home',
  });
  // A marked patient with signals belongs in Gemarkeerd, not in the views for unmarked patients.
  const markedWithSignals = patientRow({
    familyName: 'Gemarkeerd',
    palliativeSince: '2026-08-01' as IsoDate,
  });
  const rows = [signalled, suggested, dying, diedRecently, diedLongAgo, markedWithSignals];
  const facts = {
    withNewSignals: new Set([signalled.id, markedWithSignals.id]),
    suggestions: new Map([
      [suggested.id, ['surpriseNo' as const]],
      [markedWithSignals.id, ['newSignals' as const]],
    ]),
    deathsAfter: '2026-09-28' as IsoDate,
  };
  const view = (filter: RegisterQuery['filter']) =>
    selectRegisterRows(rows, query({ filter }), facts).map((p) => p.familyName);

  it.each<[RegisterQuery['filter'], string[]]>([
    ['signalsUnmarked', ['Signaal']],
    ['suggested', ['Suggestie']],
    ['dyingPhase', ['Stervend']],
    ['diedSinceMdo', ['Recent']],
    ['marked', ['Gemarkeerd', 'Stervend']],
  ])('%s', (filter, expected) => {
    expect(view(filter)).toEqual(expected);
  });
});
