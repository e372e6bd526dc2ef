import type { ChecklistDefinition } from './definition';

/**
 * Version 1 (retired): nine statements in Tijdig's own words with "ja"/"nee" and a cut-off of 7 that
 * had no source, shipped as "EDIZ" (issue 13). Kept so that its results keep their reading.
 */
export const caregiverBurdenV1 = {
  id: 'ediz',
  version: 1,
  kind: 'caregiverBurden',
  title: 'Mantelzorgbelasting (vervallen versie 1, eigen woorden)',
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
  source: {
    kind: 'own',
    note: 'Vervallen: heette ten onrechte EDIZ; eigen uitspraken, afkappunt 7 zonder bron.',
  },
  isRetired: true,
} satisfies ChecklistDefinition;

const ANSWERS = [
  { value: 'nee', label: 'Nee' },
  { value: 'min-of-meer', label: 'Min of meer' },
  { value: 'ja', label: 'Ja' },
];

const STATEMENTS: readonly (readonly [id: string, label: string])[] = [
  ['te-weinig-aan-leven', 'Door de situatie van mijn naaste kom ik te weinig aan mijn leven toe'],
  [
    'combineren',
    'Het combineren van de verantwoordelijkheid voor mijn naaste en de verantwoordelijkheid voor mijn werk en/of gezin valt niet mee',
  ],
  ['anderen-tekort', 'Door mijn betrokkenheid bij mijn naaste doe ik anderen tekort'],
  ['altijd-klaarstaan', 'Ik moet altijd maar klaarstaan voor mijn naaste'],
  ['zelfstandigheid', 'Mijn zelfstandigheid komt in de knel'],
  ['aandacht', 'De situatie van mijn naaste eist voortdurend mijn aandacht'],
  ['conflicten', 'Door mijn betrokkenheid bij mijn naaste krijg ik conflicten thuis en/of op mijn werk'],
  ['nooit-los', 'De situatie van mijn naaste laat mij nooit los'],
  ['onder-druk', 'Ik voel me over het geheel genomen erg onder druk staan door de situatie van mijn naaste'],
];

/**
 * EDIZ (Ervaren Druk door Informele Zorg; Pot, Van Dyck & Deeg, 1995): the nine statements as published,
 * answered "nee", "min of meer" or "ja". Scoring as published: "min of meer" and "ja" score 1, "nee" 0,
 * so the sum runs from 0 to 9 and a higher sum means more experienced burden. The source names no
 * cut-off, so Tijdig shows the sum and flags nothing.
 */
export const edizV2 = {
  id: 'ediz',
  version: 2,
  kind: 'caregiverBurden',
  title: 'EDIZ – Ervaren Druk door Informele Zorg',
  description:
    'Met de mantelzorger: geef aan of de afgelopen paar weken de volgende stellingen op u van toepassing waren. Score 0 tot 9: hoe hoger, hoe meer ervaren belasting. De EDIZ kent geen afkappunt.',
  items: STATEMENTS.map(([id, label]) => ({ type: 'choice' as const, id, label, options: ANSWERS })),
  scoring: { kind: 'choicePoints', points: { nee: 0, 'min-of-meer': 1, ja: 1 } },
  source: {
    kind: 'published',
    title: 'Ervaren Druk door Informele Zorg (EDIZ)',
    edition: 'Pot AM, Van Dyck R, Deeg DJH. Ervaren druk door informele zorg: constructie van een schaal',
    publishedIn: 'Tijdschrift voor Gerontologie en Geriatrie 1995; 26: 214-219 (formulier ook via Movisie)',
    url: 'https://www.movisie.nl/tool/welke-impact-heeft-informele-zorg',
  },
} satisfies ChecklistDefinition;
