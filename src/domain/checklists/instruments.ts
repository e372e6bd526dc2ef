import type { ChecklistDefinition } from './definition';

/**
 * SPICT-NL may not be reproduced or reformatted: Tijdig links to the official form and records only its
 * outcome (how many general and clinical indicators were positive, and a note).
 */
export const spictOutcomeV1 = {
  id: 'spict-nl-uitkomst',
  version: 1,
  kind: 'spict',
  title: 'SPICT-NL (uitkomst)',
  description: 'Vul het officiële SPICT-NL-formulier in en leg hier alleen de uitkomst vast.',
  officialFormUrl: 'https://www.spict.org.uk/the-spict/spict-nl/',
  items: [
    { type: 'score', id: 'general', label: 'Aantal positieve algemene indicatoren', min: 0, max: 6 },
    { type: 'score', id: 'clinical', label: 'Aantal positieve klinische indicatoren', min: 0, max: 30 },
    { type: 'text', id: 'note', label: 'Toelichting', maxLength: 2000 },
  ],
} satisfies ChecklistDefinition;

/** USD-4D symptom scores 0-10 over the four dimensions; 4 or more is relevant, 7 or more severe. */
export const usd4dV1 = {
  id: 'usd-4d',
  version: 1,
  kind: 'symptoms',
  title: 'USD-4D symptoomscores',
  description: 'Score 0 (geen) tot 10 (ergst denkbaar). Vanaf 4 klinisch relevant, vanaf 7 ernstig.',
  items: [
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
  ],
  scoring: { kind: 'symptomThresholds', relevant: 4, severe: 7 },
} satisfies ChecklistDefinition;

/** Lastmeter: distress 0-10 over the past week plus a yes/no problem list. */
export const distressThermometerV1 = {
  id: 'lastmeter',
  version: 1,
  kind: 'distress',
  title: 'Lastmeter',
  description: 'Hoeveel last had de patiënt de afgelopen week (0-10), en op welke gebieden?',
  items: [
    { type: 'score', id: 'distress', label: 'Last in de afgelopen week', min: 0, max: 10 },
    { type: 'yesNo', id: 'practical', label: 'Praktische problemen (wonen, werk, geld, vervoer)' },
    { type: 'yesNo', id: 'social', label: 'Problemen in gezin of sociale omgeving' },
    { type: 'yesNo', id: 'emotional', label: 'Emotionele problemen (angst, somberheid, zorgen)' },
    { type: 'yesNo', id: 'spiritual', label: 'Levensbeschouwelijke of zingevingsvragen' },
    { type: 'yesNo', id: 'physical', label: 'Lichamelijke problemen' },
  ],
  scoring: { kind: 'scoreThreshold', item: 'distress', threshold: 5 },
} satisfies ChecklistDefinition;

/** Mantelzorgbelasting (EDIZ-style, own words): nine statements; 7 or more "ja" flags overload. */
export const caregiverBurdenV1 = {
  id: 'ediz',
  version: 1,
  kind: 'caregiverBurden',
  title: 'Mantelzorgbelasting (EDIZ)',
  description: 'Met de mantelzorger: geldt deze uitspraak (grotendeels)? Veel "ja" wijst op overbelasting.',
  items: [
    { type: 'yesNo', id: 'no-time', label: 'Ik heb te weinig tijd voor mezelf' },
    { type: 'yesNo', id: 'tired', label: 'Ik ben vaak moe door de zorg' },
    { type: 'yesNo', id: 'social-life', label: 'Mijn sociale leven lijdt onder de zorg' },
    { type: 'yesNo', id: 'pressure', label: 'Ik voel me onder druk staan' },
    { type: 'yesNo', id: 'health', label: 'Mijn eigen gezondheid gaat achteruit' },
    { type: 'yesNo', id: 'tension', label: 'De zorg geeft spanning in de relatie' },
    { type: 'yesNo', id: 'always-on', label: 'Ik moet altijd klaarstaan' },
    { type: 'yesNo', id: 'no-relief', label: 'Niemand neemt de zorg eens van mij over' },
    { type: 'yesNo', id: 'cannot-continue', label: 'Ik weet niet hoe lang ik dit nog volhoud' },
  ],
  scoring: { kind: 'yesCount', threshold: 7 },
} satisfies ChecklistDefinition;
