import type { ChecklistDefinition } from './definition';

/**
 * SPICT-NL may not be reproduced or modified in any format without permission: Tijdig links to the
 * official form and records only its outcome (how many general and clinical indicators were positive,
 * and a note). It ships no list that follows SPICT's structure, order or items.
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
  source: {
    kind: 'outcome',
    title: 'SPICT-NL (Supportive and Palliative Care Indicators Tool, Nederlandse versie)',
    edition: 'de versie op spict.org.uk op het moment van invullen',
    publishedIn: 'spict.org.uk (University of Edinburgh); niet te reproduceren zonder toestemming',
    url: 'https://www.spict.org.uk/the-spict/spict-nl/',
  },
} satisfies ChecklistDefinition;

/**
 * Lastmeter, version 1 (retired): its cut-off of 5 had no Dutch source and its problem areas were in
 * Tijdig's own words. Kept so that results recorded with it keep their reading (5 or more: raised).
 */
export const distressThermometerV1 = {
  id: 'lastmeter',
  version: 1,
  kind: 'distress',
  title: 'Lastmeter-score (vervallen versie 1, afkappunt 5)',
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
  source: { kind: 'own', note: 'Vervallen: het afkappunt 5 had geen Nederlandse bron.' },
  isRetired: true,
} satisfies ChecklistDefinition;

/**
 * Lastmeter, version 2: the patient fills in the Lastmeter itself; Tijdig records its thermometer score
 * and a note (problems ticked, wish to be referred). The cut-off of 4 is the recommendation of the Dutch
 * guideline "Detecteren behoefte psychosociale zorg" (version 2.0, 2017) for adults with cancer. A region
 * that agrees on another cut-off imports a Lastmeter definition with a higher version number (README).
 */
export const distressThermometerV2 = {
  id: 'lastmeter',
  version: 2,
  kind: 'distress',
  title: 'Lastmeter (uitkomst)',
  description:
    'Laat de patiënt de Lastmeter invullen en neem hier de score over. Afkappunt 4 of hoger: signaal voor distress of behoefte aan zorg (richtlijn voor volwassenen met kanker); bespreek ook een lagere score met een verwijswens.',
  items: [
    { type: 'score', id: 'distress', label: 'Score op de thermometer van de Lastmeter', min: 0, max: 10 },
    {
      type: 'text',
      id: 'note',
      label: 'Toelichting (aangekruiste problemen, verwijswens)',
      maxLength: 2000,
    },
  ],
  scoring: { kind: 'scoreThreshold', item: 'distress', threshold: 4 },
  source: {
    kind: 'outcome',
    title: 'Lastmeter',
    edition: 'Nederlandse versie van de NCCN Distress Thermometer met probleemlijst',
    publishedIn: 'landelijke richtlijn Detecteren behoefte psychosociale zorg (NVPO), versie 2.0, 2017',
    url: 'https://richtlijnendatabase.nl/richtlijn/detecteren_behoefte_psychosociale_zorg/meest_geschikte_instrument/meest_geschikte_afkappunt.html',
    cutOff:
      '4 of hoger: "Er wordt geadviseerd een afkappunt van ≥4 voor de Lastmeter te hanteren voor het signaleren van distress/behoefte aan zorg bij volwassen mensen met kanker" (module Meest geschikte afkappunt).',
  },
} satisfies ChecklistDefinition;
