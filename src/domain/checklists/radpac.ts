import type { ChecklistDefinition } from './definition';

const KARNOFSKY =
  'The patient is moderately disabled; dependent. Requires considerable assistance and frequent care (Karnofsky-score ≤ 50%)';

/**
 * The RADboud indicators for PAlliative Care needs (RADPAC) for congestive heart failure, COPD and
 * cancer, exactly as published in Table 1 of Thoonsen et al., BMC Family Practice 2011, 12:123 (open
 * access, CC BY). The items are kept in the published English, spelling included ("orthopnoe",
 * "anorexie-cachexie"), because a translation here would be Tijdig's and not RADPAC's. RADPAC publishes
 * no count that decides, so the outcome lists the indicators present and draws no conclusion.
 */
export const radpacV1 = {
  id: 'radpac',
  version: 1,
  kind: 'indicators',
  title: 'RADPAC (hartfalen, COPD, kanker)',
  description:
    'Vink aan welke indicatoren aanwezig zijn, alleen in de groep van de aandoening van de patiënt. De indicatoren staan er letterlijk zoals gepubliceerd (Engels). RADPAC noemt geen afkappunt: de uitkomst is een gespreksaanleiding, geen besluit.',
  items: [
    {
      type: 'yesNo',
      group: 'radpac-heart-failure',
      id: 'chf-nyha-iv',
      label:
        'The patient has severe limitations, experiences symptoms even while at rest. Mostly bedbound patients. (NYHA IV)',
    },
    {
      type: 'yesNo',
      group: 'radpac-heart-failure',
      id: 'chf-admissions',
      label: 'There were frequent hospital admissions (> 3 per year)',
    },
    {
      type: 'yesNo',
      group: 'radpac-heart-failure',
      id: 'chf-exacerbations',
      label: 'The patient has frequent exacerbations of severe heart failure (> 3 per year)',
    },
    { type: 'yesNo', group: 'radpac-heart-failure', id: 'chf-karnofsky', label: KARNOFSKY },
    {
      type: 'yesNo',
      group: 'radpac-heart-failure',
      id: 'chf-weight',
      label: 'The patient increases in weight what is not responding to increased dose of diuretics',
    },
    {
      type: 'yesNo',
      group: 'radpac-heart-failure',
      id: 'chf-deterioration',
      label: 'A general deterioration of the clinical situation (oedema, orthopnoe, nycturie, dyspnoea)',
    },
    {
      type: 'yesNo',
      group: 'radpac-heart-failure',
      id: 'chf-end-of-life',
      label: "The patient mentions 'end of life approaching'",
    },
    { type: 'yesNo', group: 'radpac-copd', id: 'copd-karnofsky', label: KARNOFSKY },
    {
      type: 'yesNo',
      group: 'radpac-copd',
      id: 'copd-weight-loss',
      label: 'The patient has substantial weight loss (± 10% loss of bodyweight in six months)',
    },
    {
      type: 'yesNo',
      group: 'radpac-copd',
      id: 'copd-heart-failure',
      label: 'The presence of congestive heart failure',
    },
    { type: 'yesNo', group: 'radpac-copd', id: 'copd-orthopnoea', label: 'The patient has orthopnoe' },
    {
      type: 'yesNo',
      group: 'radpac-copd',
      id: 'copd-end-of-life',
      label: "The patient mentions 'end of life approaching'",
    },
    {
      type: 'yesNo',
      group: 'radpac-copd',
      id: 'copd-dyspnoea',
      label:
        "There are objective signs of serious dyspnoea (decreased dyspnoea d' effort, dyspnoea with speaking, use of respiratory assistant muscles and orthopnoe)",
    },
    {
      type: 'yesNo',
      group: 'radpac-cancer',
      id: 'cancer-prognosis',
      label: 'Patient has a primary tumour with a poor prognosis',
    },
    {
      type: 'yesNo',
      group: 'radpac-cancer',
      id: 'cancer-karnofsky',
      label:
        'Patient is moderately disabled; dependent. Requires considerable assistance and frequent care (Karnofsky-score ≤ 50%)',
    },
    {
      type: 'yesNo',
      group: 'radpac-cancer',
      id: 'cancer-decline',
      label: 'There is a progressive decline in physical functioning',
    },
    {
      type: 'yesNo',
      group: 'radpac-cancer',
      id: 'cancer-bedridden',
      label: 'The patient is progressively bedridden',
    },
    {
      type: 'yesNo',
      group: 'radpac-cancer',
      id: 'cancer-intake',
      label: 'The patient has a diminished food intake',
    },
    {
      type: 'yesNo',
      group: 'radpac-cancer',
      id: 'cancer-weight-loss',
      label: 'The presence of progressive weight loss',
    },
    {
      type: 'yesNo',
      group: 'radpac-cancer',
      id: 'cancer-cachexia',
      label:
        'The presence of the anorexie-cachexie syndrome (lack of appetite, general weakness, emaciating, muscular atrophy)',
    },
    {
      type: 'yesNo',
      group: 'radpac-cancer',
      id: 'cancer-drive',
      label: "The patient has a diminished 'drive to live'",
    },
  ],
  itemLanguage: 'en',
  scoring: { kind: 'positiveCount' },
  source: {
    kind: 'published',
    title: 'The RADboud indicators of PAlliative Care needs (RADPAC)',
    edition:
      'Tabel 1 in Thoonsen B, et al. Early identification of and proactive palliative care for patients in general practice, incentive and methods of a randomized controlled trial (2011)',
    publishedIn: 'BMC Family Practice 2011, 12:123 (open access, CC BY)',
    url: 'https://bmcfampract.biomedcentral.com/articles/10.1186/1471-2296-12-123',
  },
} satisfies ChecklistDefinition;
