/**
 * Every shipped instrument compared with the source it cites (issue 13): items, answers, scoring and
 * cut-off as published, or the list claims no instrument's name. The expected texts below are typed
 * over from the cited publications, independently of the definitions, so an edit to a definition that
 * drifts from its source fails here.
 */
import { describe, expect, it } from 'vitest';
import { caregiverBurdenV1, edizV2 } from './caregiver-burden';
import type { ChecklistDefinition } from './definition';
import { indicatorsV1 } from './indicators';
import { distressThermometerV1, distressThermometerV2, spictOutcomeV1 } from './instruments';
import { radpacV1 } from './radpac';
import { BUILTIN_DEFINITIONS, createCatalog } from './registry';
import { summariseResult } from './summary';
import { symptomScoresV1, usd4dV1 } from './symptoms';

const labelsIn = (definition: ChecklistDefinition, group?: string) =>
  definition.items.filter((item) => group === undefined || item.group === group).map((item) => item.label);

describe('RADPAC: Thoonsen et al., BMC Family Practice 2011, 12:123, Table 1', () => {
  const karnofsky =
    'The patient is moderately disabled; dependent. Requires considerable assistance and frequent care (Karnofsky-score ≤ 50%)';
  it.each([
    [
      'radpac-heart-failure',
      [
        'The patient has severe limitations, experiences symptoms even while at rest. Mostly bedbound patients. (NYHA IV)',
        'There were frequent hospital admissions (> 3 per year)',
        'The patient has frequent exacerbations of severe heart failure (> 3 per year)',
        karnofsky,
        'The patient increases in weight what is not responding to increased dose of diuretics',
        'A general deterioration of the clinical situation (oedema, orthopnoe, nycturie, dyspnoea)',
        "The patient mentions 'end of life approaching'",
      ],
    ],
    [
      'radpac-copd',
      [
        karnofsky,
        'The patient has substantial weight loss (± 10% loss of bodyweight in six months)',
        'The presence of congestive heart failure',
        'The patient has orthopnoe',
        "The patient mentions 'end of life approaching'",
        "There are objective signs of serious dyspnoea (decreased dyspnoea d' effort, dyspnoea with speaking, use of respiratory assistant muscles and orthopnoe)",
      ],
    ],
    [
      'radpac-cancer',
      [
        'Patient has a primary tumour with a poor prognosis',
        'Patient is moderately disabled; dependent. Requires considerable assistance and frequent care (Karnofsky-score ≤ 50%)',
        'There is a progressive decline in physical functioning',
        'The patient is progressively bedridden',
        'The patient has a diminished food intake',
        'The presence of progressive weight loss',
        'The presence of the anorexie-cachexie syndrome (lack of appetite, general weakness, emaciating, muscular atrophy)',
        "The patient has a diminished 'drive to live'",
      ],
    ],
  ])('%s has exactly the published indicators, in order', (group, published) => {
    expect(labelsIn(radpacV1, group)).toEqual(published);
  });

  it('has 7 + 6 + 8 indicators, all ja/nee, nothing outside the three RADPAC groups', () => {
    expect(radpacV1.items).toHaveLength(21);
    const items: ChecklistDefinition['items'] = radpacV1.items;
    expect(items.every((item) => item.type === 'yesNo')).toBe(true);
    expect(new Set(radpacV1.items.map((item) => item.group))).toEqual(
      new Set(['radpac-heart-failure', 'radpac-copd', 'radpac-cancer']),
    );
  });

  it('says NYHA IV where RADPAC does, never NYHA III', () => {
    expect(labelsIn(radpacV1).join(' ')).toContain('(NYHA IV)');
    expect(labelsIn(radpacV1).join(' ')).not.toMatch(/NYHA III/);
  });

  it('draws no conclusion RADPAC does not publish: it lists the indicators present', () => {
    const summary = summariseResult(radpacV1, {
      'chf-nyha-iv': true,
      'chf-admissions': true,
      'copd-orthopnoea': false,
    });
    expect(summary).toEqual({ kind: 'positiveItems', positive: ['chf-nyha-iv', 'chf-admissions'] });
  });
});

describe('EDIZ: Pot, Van Dyck & Deeg, Tijdschrift voor Gerontologie en Geriatrie 1995; 26: 214-219', () => {
  const statements = [
    'Door de situatie van mijn naaste kom ik te weinig aan mijn leven toe',
    'Het combineren van de verantwoordelijkheid voor mijn naaste en de verantwoordelijkheid voor mijn werk en/of gezin valt niet mee',
    'Door mijn betrokkenheid bij mijn naaste doe ik anderen tekort',
    'Ik moet altijd maar klaarstaan voor mijn naaste',
    'Mijn zelfstandigheid komt in de knel',
    'De situatie van mijn naaste eist voortdurend mijn aandacht',
    'Door mijn betrokkenheid bij mijn naaste krijg ik conflicten thuis en/of op mijn werk',
    'De situatie van mijn naaste laat mij nooit los',
    'Ik voel me over het geheel genomen erg onder druk staan door de situatie van mijn naaste',
  ];

  it('has the nine published statements in order, each answered nee / min of meer / ja', () => {
    expect(labelsIn(edizV2)).toEqual(statements);
    const items: ChecklistDefinition['items'] = edizV2.items;
    for (const item of items) {
      expect(item.type === 'choice' && item.options.map((option) => option.label)).toEqual([
        'Nee',
        'Min of meer',
        'Ja',
      ]);
    }
  });

  const answersWith = (count: number, answer: string) =>
    Object.fromEntries(edizV2.items.map((item, index) => [item.id, index < count ? answer : 'nee']));

  it.each([
    ['all nee', answersWith(0, 'ja'), 0],
    ['three ja', answersWith(3, 'ja'), 3],
    ['five min of meer', answersWith(5, 'min-of-meer'), 5],
    ['all ja', answersWith(9, 'ja'), 9],
  ])('scores %s as published: min of meer and ja 1 point, nee 0 (%s)', (_case, answers, score) => {
    expect(summariseResult(edizV2, answers)).toEqual({
      kind: 'points',
      score,
      maxScore: 9,
      unanswered: 0,
      // The source names no cut-off: no flag, ever.
      isAtCutOff: null,
    });
  });

  it('counts unanswered statements instead of reading them as nee', () => {
    expect(summariseResult(edizV2, { aandacht: 'ja' })).toMatchObject({ score: 1, unanswered: 8 });
  });
});

describe('Lastmeter: cut-off of the guideline Detecteren behoefte psychosociale zorg (2017)', () => {
  it('flags 4 or more, the guideline recommendation for adults with cancer, and cites it', () => {
    expect(distressThermometerV2.scoring).toEqual({ kind: 'scoreThreshold', item: 'distress', threshold: 4 });
    expect(summariseResult(distressThermometerV2, { distress: 4 })).toMatchObject({ isRaised: true });
    expect(summariseResult(distressThermometerV2, { distress: 3 })).toMatchObject({ isRaised: false });
    expect(distressThermometerV2.source.cutOff).toContain('≥4');
    expect(distressThermometerV2.source.publishedIn).toContain('Detecteren behoefte psychosociale zorg');
  });

  it('lets a region use its own cut-off by importing a newer version', () => {
    const regional: ChecklistDefinition = {
      ...distressThermometerV2,
      version: 3,
      scoring: { kind: 'scoreThreshold', item: 'distress', threshold: 5 },
    };
    const current = createCatalog([regional])
      .current()
      .find((definition) => definition.id === 'lastmeter');
    expect(current?.version).toBe(3);
    expect(current && summariseResult(current, { distress: 4 })).toMatchObject({ isRaised: false });
  });
});

describe('lists that claim no instrument', () => {
  it('offers the symptom scores as the practice own list, not as USD-4D', () => {
    expect(symptomScoresV1.source.kind).toBe('own');
    const offered = createCatalog().current();
    for (const definition of offered) {
      if (definition.source?.kind === 'own')
        expect(definition.title).not.toMatch(/USD|EDIZ|SPICT|RADPAC|Lastmeter/i);
    }
  });

  it('ships no SPICT-derived list: SPICT-NL is a link plus the recorded outcome', () => {
    expect(spictOutcomeV1.officialFormUrl).toMatch(/^https:\/\/www\.spict\.org\.uk\//);
    expect(spictOutcomeV1.source.kind).toBe('outcome');
    expect(spictOutcomeV1.items.map((item) => item.type)).toEqual(['score', 'score', 'text']);
    // The retired indicator list keeps ids and groups for old results, but none of its old wording.
    expect(new Set(labelsIn(indicatorsV1).map((label) => label.replace(/\d+$/, '')))).toEqual(
      new Set(['Ingetrokken item ']),
    );
  });

  it('gives every built-in definition a source with title, edition and where it was published', () => {
    for (const definition of BUILTIN_DEFINITIONS) {
      const { source } = definition;
      expect(source, definition.id).toBeDefined();
      if (source && source.kind !== 'own') {
        expect(source.title.length, definition.id).toBeGreaterThan(0);
        expect(source.edition.length, definition.id).toBeGreaterThan(0);
        expect(source.publishedIn.length, definition.id).toBeGreaterThan(0);
      }
    }
  });

  it('no longer offers the retired versions for new checklists', () => {
    const offered = createCatalog()
      .current()
      .map((definition) => `${definition.id}@${String(definition.version)}`);
    expect(offered).toEqual([
      'surprise-question@1',
      'signaleringskaart@1',
      'spict-nl-uitkomst@1',
      'radpac@1',
      'symptoomscores@1',
      'lastmeter@2',
      'ediz@2',
    ]);
  });
});

describe('results recorded under an old version keep their old reading', () => {
  const catalog = createCatalog();
  const read = (id: string, version: number, answers: Record<string, string | number | boolean>) => {
    const definition = catalog.get(id, version);
    if (!definition) throw new Error(`${id}@${String(version)} is no longer readable`);
    return summariseResult(definition, answers);
  };

  it('Lastmeter 4 under version 1 (cut-off 5) stays not raised; under version 2 it is raised', () => {
    expect(read('lastmeter', 1, { distress: 4, emotional: true })).toEqual({
      kind: 'distress',
      score: 4,
      isRaised: false,
      problems: ['emotional'],
    });
    expect(read('lastmeter', 2, { distress: 4 })).toMatchObject({ score: 4, isRaised: true });
    expect(distressThermometerV1.isRetired).toBe(true);
  });

  it('seven ja under the old caregiver list stays "overloaded"', () => {
    const answers = Object.fromEntries(caregiverBurdenV1.items.slice(0, 7).map((item) => [item.id, true]));
    expect(read('ediz', 1, answers)).toEqual({ kind: 'caregiverBurden', yesCount: 7, isOverloaded: true });
  });

  it('the retired indicator list still reads 2 general and 1 specific as a reason for a marking conversation', () => {
    expect(read('indicatoren', 1, { 'g-function': true, 'g-dependent': true, 'r-hf-nyha': true })).toEqual({
      kind: 'indicators',
      general: 2,
      specific: 1,
      groups: ['radpac-heart-failure'],
      suggestsMarking: true,
    });
  });

  it('old USD-4D-named scores keep their thresholds', () => {
    expect(read('usd-4d', 1, { pain: 7, fatigue: 4 })).toEqual({
      kind: 'symptoms',
      relevant: ['pain', 'fatigue'],
      severe: ['pain'],
    });
    expect(usd4dV1.title).not.toMatch(/USD/);
  });
});
