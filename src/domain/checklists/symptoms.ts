import type { ChecklistDefinition } from './definition';

const SYMPTOM_ITEMS = [
  { type: 'score', id: 'pain', label: 'Pijn', min: 0, max: 10 },
  { type: 'score', id: 'fatigue', label: 'Vermoeidheid', min: 0, max: 10 },
  { type: 'score', id: 'nausea', label: 'Misselijkheid', min: 0, max: 10 },
  { type: 'score', id: 'breathlessness', label: 'Benauwdheid', min: 0, max: 10 },
  { type: 'score', id: 'appetite', label: 'Weinig eetlust', min: 0, max: 10 },
  { type: 'score', id: 'sleep', label: 'Slecht slapen', min: 0, max: 10 },
  { type: 'score', id: 'anxiety', label: 'Angst', min: 0, max: 10 },
  { type: 'score', id: 'low-mood', label: 'Somberheid', min: 0, max: 10 },
  { type: 'score', id: 'social', label: 'Zorgen om naasten of de eigen situatie', min: 0, max: 10 },
  { type: 'score', id: 'meaning', label: 'Vragen over zin of betekenis', min: 0, max: 10 },
] as const satisfies ChecklistDefinition['items'];

/**
 * Version 1 of the symptom scores, shipped under the name "USD-4D" although it lacked four items of the
 * Utrecht Symptom Diary and added two of its own (issue 13). Retired and renamed; its results keep their
 * reading (4 or more relevant, 7 or more severe).
 */
export const usd4dV1 = {
  id: 'usd-4d',
  version: 1,
  kind: 'symptoms',
  title: 'Symptoomscores (vervallen versie 1, eigen lijst)',
  description: 'Score 0 (geen) tot 10 (ergst denkbaar). Vanaf 4 klinisch relevant, vanaf 7 ernstig.',
  items: [...SYMPTOM_ITEMS],
  scoring: { kind: 'symptomThresholds', relevant: 4, severe: 7 },
  source: {
    kind: 'own',
    note: 'Vervallen: heette ten onrechte USD-4D; het is een eigen lijst van de praktijk.',
  },
  isRetired: true,
} satisfies ChecklistDefinition;

/**
 * The practice's own symptom scores. The published item list of the USD-4D (Utrecht Symptoom Dagboek,
 * 4 dimensies) could not be verified here, so this list claims neither that name nor its cut-offs: 4 and
 * 7 are the practice's own agreement for what to discuss.
 */
export const symptomScoresV1 = {
  id: 'symptoomscores',
  version: 1,
  kind: 'symptoms',
  title: 'Symptoomscores (eigen lijst van de praktijk)',
  description:
    'Score 0 (geen) tot 10 (ergst denkbaar). Afspraak van de praktijk: vanaf 4 bespreken, vanaf 7 ernstig. Dit is geen gevalideerd instrument en niet het USD-4D.',
  items: [...SYMPTOM_ITEMS],
  scoring: { kind: 'symptomThresholds', relevant: 4, severe: 7 },
  source: {
    kind: 'own',
    note: 'Eigen lijst van de praktijk; de grenzen 4 en 7 zijn een afspraak, geen gevalideerd afkappunt.',
  },
} satisfies ChecklistDefinition;
