import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from './date-schemas';
import {
  createCatalog,
  indicatorsV1,
  signallingCardV1,
  surpriseQuestionV1,
  type ChecklistDefinition,
  type ChecklistResult,
} from './checklists';
import { signalFactsOf, suggestionReasons, summariseResults, type SuggestionReason } from './suggestion';
import { splitDutchName } from './names';
import { addDays } from './dates';

let counter = 0;
function result(
  definition: ChecklistDefinition,
  observedOn: string,
  answers: ChecklistResult['answers'],
  patient = 'p1',
): ChecklistResult {
  counter += 1;
  return {
    id: `0190f0e2-7c4a-7000-8000-${String(counter).padStart(12, '0')}`,
    patientId: patient,
    definitionId: definition.id,
    definitionVersion: definition.version,
    answers,
    observedOn: observedOn as IsoDate,
    author: { name: 'Els', role: 'wijkverpleegkundige' },
    recordedAt: `${observedOn}T09:00:00.000Z` as IsoDateTime,
    deletedAt: null,
  } as ChecklistResult;
}
const catalog = createCatalog();
const reasons = (results: ChecklistResult[], lastMdo: string | null = null) =>
  suggestionReasons(summariseResults(results, catalog), lastMdo as IsoDate | null);

describe('suggestionReasons', () => {
  it.each<[string, ChecklistResult[], string | null, SuggestionReason[]]>([
    ['nothing recorded', [], null, []],
    [
      '"nee" on the surprise question',
      [result(surpriseQuestionV1, '2026-11-01', { surprised: 'nee' })],
      null,
      ['surpriseNo'],
    ],
    [
      'a later "ja" replaces an earlier "nee"',
      [
        result(surpriseQuestionV1, '2026-10-01', { surprised: 'nee' }),
        result(surpriseQuestionV1, '2026-11-01', { surprised: 'ja' }),
      ],
      null,
      [],
    ],
    [
      '2 general + 1 specific indicator',
      [result(indicatorsV1, '2026-11-01', { 'g-function': true, 'g-dependent': true, 'd-adl': true })],
      null,
      ['indicators'],
    ],
    [
      'a signal and no MDO yet',
      [result(signallingCardV1, '2026-11-01', { falls: true })],
      null,
      ['newSignals'],
    ],
    [
      'a signal after the last MDO',
      [result(signallingCardV1, '2026-11-01', { falls: true })],
      '2026-10-15',
      ['newSignals'],
    ],
    [
      'a signal on the day of the last MDO is not new',
      [result(signallingCardV1, '2026-10-15', { falls: true })],
      '2026-10-15',
      [],
    ],
    ['a card without any signal', [result(signallingCardV1, '2026-11-01', { falls: false })], null, []],
  ])('%s', (_case, results, lastMdo, expected) => {
    expect(reasons(results, lastMdo)).toEqual(expected);
  });

  it('collects facts per patient for the register views', () => {
    const facts = signalFactsOf(
      [
        result(signallingCardV1, '2026-11-01', { falls: true }, 'a'),
        result(surpriseQuestionV1, '2026-11-01', { surprised: 'nee' }, 'b'),
        result(signallingCardV1, '2026-11-01', { falls: false }, 'c'),
      ],
      catalog,
      null,
    );
    expect([...facts.withNewSignals]).toEqual(['a']);
    expect(Object.fromEntries(facts.suggestions)).toEqual({ a: ['newSignals'], b: ['surpriseNo'] });
  });
});

describe('splitDutchName', () => {
  it.each([
    ['Jan de Vries', { givenName: 'Jan', namePrefix: 'de', familyName: 'Vries' }],
    ['Anna van der Berg-Smit', { givenName: 'Anna', namePrefix: 'van der', familyName: 'Berg-Smit' }],
    ['Piet Jansen', { givenName: 'Piet', namePrefix: '', familyName: 'Jansen' }],
    ['Kees van', { givenName: 'Kees', namePrefix: '', familyName: 'van' }],
    ['Jansen', null],
  ])('%s', (text, expected) => {
    expect(splitDutchName(text)).toEqual(expected);
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2026-01-10' as IsoDate, -56)).toBe('2025-11-15');
    expect(addDays('2024-02-28' as IsoDate, 1)).toBe('2024-02-29');
  });
});
