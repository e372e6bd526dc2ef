import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../date-schemas';
import {
  BUILTIN_DEFINITIONS,
  checklistDefinitionSchema,
  createCatalog,
  isItemShown,
  signallingCardV1,
  summariseResult,
  surpriseQuestionV1,
  usd4dV1,
  validateAnswers,
  type ChecklistDefinition,
} from './index';
import { caregiverBurdenV1 } from './caregiver-burden';
import { distressThermometerV1 } from './instruments';
import { indicatorsV1 } from './indicators';

const today = '2026-11-23' as IsoDate;

describe('built-in definitions', () => {
  it.each(BUILTIN_DEFINITIONS.map((d) => [d.id, d] as const))(
    '%s passes the definition schema',
    (_id, definition) => {
      expect(checklistDefinitionSchema.safeParse(definition).success).toBe(true);
    },
  );

  it('keep the groups of the retired indicator list, so its old results keep their counts', () => {
    const groups = new Set(indicatorsV1.items.map((item) => item.group));
    expect(groups).toContain('general');
    expect(indicatorsV1.items.filter((item) => item.group === 'general')).toHaveLength(6);
    expect(indicatorsV1.isRetired).toBe(true);
  });

  it('links SPICT-NL to the official form instead of reproducing it', () => {
    const spict = BUILTIN_DEFINITIONS.find((d) => d.kind === 'spict');
    expect(spict?.officialFormUrl).toMatch(/^https:\/\/www\.spict\.org\.uk\//);
    expect(spict?.items.map((item) => item.type)).toEqual(['score', 'score', 'text']);
  });
});

describe('checklistDefinitionSchema rejects malformed cards', () => {
  const card = (overrides: Partial<Record<keyof ChecklistDefinition, unknown>>) =>
    checklistDefinitionSchema.safeParse({ ...signallingCardV1, id: 'regio-kaart', ...overrides });

  it.each<[string, Partial<Record<keyof ChecklistDefinition, unknown>>, string]>([
    ['no items', { items: [] }, 'definition.items'],
    [
      'duplicate item ids',
      { items: [signallingCardV1.items[0], signallingCardV1.items[0]] },
      'definition.duplicateItem',
    ],
    ['an upper-case id', { id: 'Regio' }, 'definition.id'],
    ['version 0', { version: 0 }, ''],
    ['an unknown kind', { kind: 'horoscope' }, ''],
    [
      'a score whose min is not below max',
      { items: [{ type: 'score', id: 'x', label: 'X', min: 5, max: 5 }] },
      'definition.scoreRange',
    ],
    [
      'a showWhen on a missing item',
      { items: [{ type: 'yesNo', id: 'x', label: 'X', showWhen: { item: 'y', equals: true } }] },
      'definition.unknownItem',
    ],
  ])('%s', (_case, overrides, code) => {
    const result = card(overrides);
    expect(result.success).toBe(false);
    if (code) expect(result.error?.issues.map((i) => i.message)).toContain(code);
  });
});

describe('validateAnswers', () => {
  it.each<[string, ChecklistDefinition, Record<string, string | number | boolean>, string[]]>([
    ['a valid USD-4D', usd4dV1, { pain: 7, fatigue: 0 }, []],
    ['a score above 10', usd4dV1, { pain: 11 }, ['pain:answer.scoreRange']],
    ['a negative score', usd4dV1, { pain: -1 }, ['pain:answer.scoreRange']],
    ['a fractional score', usd4dV1, { pain: 4.5 }, ['pain:answer.scoreRange']],
    ['an unknown item', usd4dV1, { itch: 3 }, ['itch:answer.unknownItem']],
    [
      'a choice outside the options',
      surpriseQuestionV1,
      { surprised: 'misschien' },
      ['surprised:answer.choice'],
    ],
    [
      'the double question without "nee"',
      surpriseQuestionV1,
      { surprised: 'ja', 'surprised-alive': 'nee' },
      ['surprised-alive:answer.notApplicable'],
    ],
    [
      'the double question after "nee"',
      surpriseQuestionV1,
      { surprised: 'nee', 'surprised-alive': 'ja' },
      [],
    ],
    ['yes/no given as text', signallingCardV1, { falls: 'ja' }, ['falls:answer.yesNo']],
  ])('%s', (_case, definition, answers, expected) => {
    expect(validateAnswers(definition, answers, today, today).map((i) => `${i.field}:${i.code}`)).toEqual(
      expected,
    );
  });

  it('refuses an observation date in the future', () => {
    expect(validateAnswers(usd4dV1, {}, '2026-11-24' as IsoDate, today)).toEqual([
      { field: 'observedOn', code: 'date.future' },
    ]);
  });

  it('shows the double surprise question only after "nee"', () => {
    const double = surpriseQuestionV1.items[1];
    expect(double && isItemShown(double, { surprised: 'nee' })).toBe(true);
    expect(double && isItemShown(double, { surprised: 'ja' })).toBe(false);
  });
});

describe('summariseResult', () => {
  it.each<[string, ChecklistDefinition, Record<string, string | number | boolean>, object]>([
    [
      'surprise "nee" suggests marking',
      surpriseQuestionV1,
      { surprised: 'nee' },
      { kind: 'surpriseQuestion', suggestsMarking: true },
    ],
    ['surprise "ja" does not', surpriseQuestionV1, { surprised: 'ja' }, { suggestsMarking: false }],
    [
      'one signal',
      signallingCardV1,
      { falls: true, 'weight-loss': false },
      { kind: 'signals', signals: ['falls'], isSignal: true },
    ],
    [
      'a niet-pluis note alone is a signal',
      signallingCardV1,
      { 'niet-pluis': ' onrustig ' },
      { isSignal: true, note: 'onrustig' },
    ],
    ['no signals', signallingCardV1, { falls: false }, { isSignal: false }],
    [
      '2 general + 1 specific meets the rule',
      indicatorsV1,
      { 'g-admissions': true, 'g-weight': true, 'l-oxygen': true },
      { general: 2, specific: 1, groups: ['lung'], suggestsMarking: true },
    ],
    [
      '3 general + 0 specific does not',
      indicatorsV1,
      { 'g-admissions': true, 'g-weight': true, 'g-wish': true },
      { suggestsMarking: false },
    ],
    [
      '1 general + 2 specific does not',
      indicatorsV1,
      { 'g-admissions': true, 'l-oxygen': true, 'r-copd-severe': true },
      { suggestsMarking: false },
    ],
    [
      'USD-4D thresholds 4 and 7',
      usd4dV1,
      { pain: 7, fatigue: 4, nausea: 3 },
      { relevant: ['pain', 'fatigue'], severe: ['pain'] },
    ],
    [
      'Lastmeter 5 is raised',
      distressThermometerV1,
      { distress: 5, emotional: true },
      { isRaised: true, problems: ['emotional'] },
    ],
    ['Lastmeter 4 is not', distressThermometerV1, { distress: 4 }, { isRaised: false }],
    [
      'EDIZ 7 of 9 is overload',
      caregiverBurdenV1,
      Object.fromEntries(caregiverBurdenV1.items.slice(0, 7).map((item) => [item.id, true])),
      { yesCount: 7, isOverloaded: true },
    ],
    [
      'EDIZ 6 of 9 is not',
      caregiverBurdenV1,
      Object.fromEntries(caregiverBurdenV1.items.slice(0, 6).map((item) => [item.id, true])),
      { isOverloaded: false },
    ],
  ])('%s', (_case, definition, answers, expected) => {
    expect(summariseResult(definition, answers)).toMatchObject(expected);
  });
});

describe('definition versions', () => {
  it('reads an old result through its own version after a new version ships', () => {
    const v2: ChecklistDefinition = {
      ...signallingCardV1,
      version: 2,
      // Version 2 drops "falls" and asks about confusion instead.
      items: [
        ...signallingCardV1.items.filter((item) => item.id !== 'falls'),
        { type: 'yesNo', id: 'confusion', label: 'Verward?' },
      ],
    };
    const catalog = createCatalog([v2]);
    const old = { definitionId: 'signaleringskaart', definitionVersion: 1, answers: { falls: true } };

    const definition = catalog.get(old.definitionId, old.definitionVersion);
    expect(definition?.items.some((item) => item.id === 'falls')).toBe(true);
    expect(definition && summariseResult(definition, old.answers)).toMatchObject({
      signals: ['falls'],
      isSignal: true,
    });
    // Read through the new version, the same answers would mean nothing: that is what must never happen.
    expect(summariseResult(v2, old.answers)).toMatchObject({ isSignal: false });
    expect(catalog.current().find((d) => d.id === 'signaleringskaart')?.version).toBe(2);
  });
});
