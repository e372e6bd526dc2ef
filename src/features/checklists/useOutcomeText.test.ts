import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  caregiverBurdenV1,
  distressThermometerV2,
  edizV2,
  indicatorsV1,
  radpacV1,
  signallingCardV1,
  spictOutcomeV1,
  summariseResult,
  surpriseQuestionV1,
  symptomScoresV1,
  type Answer,
  type ChecklistDefinition,
  type ChecklistResult,
  type ChecklistResultId,
  type IsoDate,
  type IsoDateTime,
  type PatientId,
} from '../../domain';
import { useOutcomeText } from './useOutcomeText';

function resultOf(definition: ChecklistDefinition, answers: Record<string, Answer>): ChecklistResult {
  return {
    id: '0190f0e2-7c4a-7000-8000-00000000e001' as ChecklistResultId,
    patientId: '0190f0e2-7c4a-7000-8000-00000000e002' as PatientId,
    definitionId: definition.id,
    definitionVersion: definition.version,
    answers,
    observedOn: '2026-03-07' as IsoDate,
    author: { name: 'Fatima Amrani', role: 'wijkverpleegkundige' },
    recordedAt: '2026-03-07T10:00:00.000Z' as IsoDateTime,
    deletedAt: null,
  };
}

/** The outcome text of these answers, as the checklist timeline shows it. */
function outcomeOf(definition: ChecklistDefinition, answers: Record<string, Answer>): string {
  const { result } = renderHook(() => useOutcomeText());
  return result.current(summariseResult(definition, answers), definition, resultOf(definition, answers));
}

const yesTo = (count: number) =>
  Object.fromEntries(caregiverBurdenV1.items.slice(0, count).map((item) => [item.id, true]));

describe('useOutcomeText', () => {
  it.each<[string, ChecklistDefinition, Record<string, Answer>, string]>([
    ['the surprise answer in its option wording', surpriseQuestionV1, { surprised: 'nee' }, 'Antwoord: Nee'],
    ['an unanswered surprise question', surpriseQuestionV1, {}, 'Antwoord: niet beantwoord'],
    [
      'each signal by its label, and the niet-pluis note',
      signallingCardV1,
      { falls: true, 'niet-pluis': 'Eet slecht' },
      '1 signaal: Is de patiënt de laatste tijd gevallen? Niet-pluis: Eet slecht',
    ],
    [
      'indicators that meet the rule',
      indicatorsV1,
      { 'g-admissions': true, 'g-weight': true, 'c-progressive': true },
      '2 algemene en 1 ziektespecifieke indicatoren: aanleiding voor een markeringsgesprek.',
    ],
    [
      'indicators that do not',
      indicatorsV1,
      { 'g-admissions': true, 'c-progressive': true },
      '1 algemene en 1 ziektespecifieke indicatoren; regel niet gehaald.',
    ],
    ['no present indicator', radpacV1, { 'chf-nyha-iv': false }, 'Geen indicatoren aanwezig.'],
    ['no signals', signallingCardV1, { falls: false }, 'Geen signalen.'],
    [
      'relevant symptoms, severe ones in words',
      symptomScoresV1,
      { pain: 8, fatigue: 4, nausea: 3 },
      'Klinisch relevant (4 of hoger): Pijn (ernstig), Vermoeidheid',
    ],
    ['no relevant symptoms', symptomScoresV1, { pain: 3 }, 'Geen klinisch relevante symptomen.'],
    ['a raised distress score', distressThermometerV2, { distress: 6 }, 'Last: 6 van 10 — verhoogd.'],
    ['an unanswered distress score', distressThermometerV2, {}, 'Last: – van 10.'],
    ['an overloaded carer', caregiverBurdenV1, yesTo(7), '7 uitspraken met ja — overbelast.'],
    ['one yes of a carer', caregiverBurdenV1, yesTo(1), '1 uitspraak met ja.'],
    [
      'points, with the statements left open',
      edizV2,
      { combineren: 'ja', aandacht: 'min-of-meer' },
      'Score 2 van 9. 7 stellingen niet beantwoord.',
    ],
    [
      'the answers themselves for a list without scoring',
      spictOutcomeV1,
      { general: 2, clinical: 3 },
      'Aantal positieve algemene indicatoren: 2; Aantal positieve klinische indicatoren: 3',
    ],
  ])('says %s', (_case, definition, answers, text) => {
    expect(outcomeOf(definition, answers)).toBe(text);
  });
});
