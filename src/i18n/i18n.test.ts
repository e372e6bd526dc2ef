import { describe, expect, it } from 'vitest';
import { REJECTION_REASONS } from '../domain/sync';
import accountEn from './account.en.json';
import accountNl from './account.nl.json';
import carePlanEn from './carePlan.en.json';
import carePlanNl from './carePlan.nl.json';
import checklistsEn from './checklists.en.json';
import checklistsNl from './checklists.nl.json';
import en from './en.json';
import handoverEn from './handover.en.json';
import handoverNl from './handover.nl.json';
import markingEn from './marking.en.json';
import markingNl from './marking.nl.json';
import nl from './nl.json';
import syncEn from './sync.en.json';
import syncNl from './sync.nl.json';

/** Every leaf key of a translation file, e.g. `register.filter.marked`. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** Translations of pages that load on demand, registered with addFeatureTranslations: `<key>.<lang>.json`. */
const lazyFiles = import.meta.glob<Record<string, unknown>>('./lazy/*.json', {
  eager: true,
  import: 'default',
});
const lazyPairs = Object.keys(lazyFiles)
  .filter((path) => path.endsWith('.nl.json'))
  .map((path) => [path, lazyFiles[path], lazyFiles[path.replace('.nl.json', '.en.json')]] as const);

describe('translations', () => {
  it.each(lazyPairs)('English covers every Dutch key of %s', (_file, dutch, english) => {
    expect(english).toBeDefined();
    expect(keysOf(english).sort()).toEqual(keysOf(dutch).sort());
  });

  it.each([
    ['app', nl, en],
    ['marking', markingNl, markingEn],
    ['checklists', checklistsNl, checklistsEn],
    ['account', accountNl, accountEn],
    ['sync', syncNl, syncEn],
    ['carePlan', carePlanNl, carePlanEn],
    ['handover', handoverNl, handoverEn],
  ])('English covers every Dutch key of %s', (_file, dutch, english) => {
    expect(keysOf(english).sort()).toEqual(keysOf(dutch).sort());
  });

  it('says in Dutch and English why the server refused a change, for every reason it may give', () => {
    for (const reasons of [syncNl.reasons, syncEn.reasons]) {
      expect(Object.keys(reasons).sort()).toEqual([...REJECTION_REASONS].sort());
    }
  });
});
