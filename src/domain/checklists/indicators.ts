import type { ChecklistDefinition } from './definition';

/**
 * Indicators for marking, in Tijdig's own words: general indicators, disease-specific groups, and the
 * published RADPAC indicators for heart failure, COPD and cancer (paraphrased). Practices use the rule
 * "at least 2 general and 1 disease-specific indicator" as a prompt for a marking conversation.
 */
export const indicatorsV1 = {
  id: 'indicatoren',
  version: 1,
  kind: 'indicators',
  title: 'Indicatoren voor markering',
  description:
    'Vink aan wat nu geldt. Twee algemene en één ziektespecifieke indicator zijn aanleiding voor een markeringsgesprek.',
  items: [
    {
      type: 'yesNo',
      group: 'general',
      id: 'g-admissions',
      label: 'Eén of meer ongeplande ziekenhuisopnames in het afgelopen half jaar',
    },
    {
      type: 'yesNo',
      group: 'general',
      id: 'g-function',
      label: 'Slecht of achteruitgaand functioneren; beperkt herstel',
    },
    {
      type: 'yesNo',
      group: 'general',
      id: 'g-dependent',
      label: 'Voor persoonlijke verzorging afhankelijk van anderen',
    },
    {
      type: 'yesNo',
      group: 'general',
      id: 'g-weight',
      label: 'Voortschrijdend gewichtsverlies in de afgelopen maanden',
    },
    {
      type: 'yesNo',
      group: 'general',
      id: 'g-symptoms',
      label: 'Aanhoudende klachten ondanks optimale behandeling',
    },
    {
      type: 'yesNo',
      group: 'general',
      id: 'g-wish',
      label: 'Patiënt of naaste vraagt om palliatieve zorg of om behandeling te beperken',
    },
    {
      type: 'yesNo',
      group: 'cancer',
      id: 'c-progressive',
      label: 'Kanker: uitgezaaide of voortschrijdende ziekte, of afnemend functioneren',
    },
    {
      type: 'yesNo',
      group: 'cancer',
      id: 'c-no-treatment',
      label: 'Kanker: te kwetsbaar voor behandeling, of behandeling gericht op klachten',
    },
    {
      type: 'yesNo',
      group: 'dementia',
      id: 'd-adl',
      label: 'Dementie of kwetsbaarheid: niet meer zelf kunnen aankleden, lopen of eten',
    },
    {
      type: 'yesNo',
      group: 'dementia',
      id: 'd-intake',
      label: 'Dementie of kwetsbaarheid: minder eten en drinken, slikproblemen',
    },
    {
      type: 'yesNo',
      group: 'neurological',
      id: 'n-decline',
      label: 'Neurologische ziekte: voortschrijdende achteruitgang ondanks behandeling',
    },
    {
      type: 'yesNo',
      group: 'neurological',
      id: 'n-swallow',
      label: 'Neurologische ziekte: spraak- of slikproblemen, terugkerende longontsteking',
    },
    {
      type: 'yesNo',
      group: 'heart',
      id: 'h-symptoms',
      label: 'Hart- en vaatziekte: klachten in rust of bij lichte inspanning',
    },
    {
      type: 'yesNo',
      group: 'heart',
      id: 'h-vascular',
      label: 'Hart- en vaatziekte: ernstig vaatlijden waarvoor ingrijpen niet meer kan',
    },
    {
      type: 'yesNo',
      group: 'lung',
      id: 'l-breathless',
      label: 'Longziekte: benauwd in rust of bij lichte inspanning tussen exacerbaties',
    },
    { type: 'yesNo', group: 'lung', id: 'l-oxygen', label: 'Longziekte: zuurstof nodig op lange termijn' },
    {
      type: 'yesNo',
      group: 'kidney',
      id: 'k-stage',
      label: 'Nierziekte: ernstig nierfalen met achteruitgaande gezondheid',
    },
    {
      type: 'yesNo',
      group: 'kidney',
      id: 'k-dialysis',
      label: 'Nierziekte: stoppen met of afzien van dialyse',
    },
    {
      type: 'yesNo',
      group: 'liver',
      id: 'li-cirrhosis',
      label: 'Leverziekte: gevorderde cirrose met complicaties in het afgelopen jaar',
    },
    {
      type: 'yesNo',
      group: 'liver',
      id: 'li-transplant',
      label: 'Leverziekte: levertransplantatie is niet mogelijk',
    },
    {
      type: 'yesNo',
      group: 'other',
      id: 'o-other',
      label: 'Andere levensbedreigende aandoening die verslechtert',
    },
    {
      type: 'yesNo',
      group: 'radpac-heart-failure',
      id: 'r-hf-nyha',
      label: 'RADPAC hartfalen: ernstige beperking door klachten (NYHA III-IV)',
    },
    {
      type: 'yesNo',
      group: 'radpac-heart-failure',
      id: 'r-hf-admissions',
      label: 'RADPAC hartfalen: herhaalde opnames door hartfalen',
    },
    {
      type: 'yesNo',
      group: 'radpac-heart-failure',
      id: 'r-hf-frail',
      label: 'RADPAC hartfalen: verslechterend of kwetsbaar, of praten over overlijden',
    },
    {
      type: 'yesNo',
      group: 'radpac-copd',
      id: 'r-copd-severe',
      label: 'RADPAC COPD: zeer ernstige COPD of longfunctie sterk verminderd',
    },
    {
      type: 'yesNo',
      group: 'radpac-copd',
      id: 'r-copd-exacerbations',
      label: 'RADPAC COPD: frequente exacerbaties of opnames',
    },
    {
      type: 'yesNo',
      group: 'radpac-copd',
      id: 'r-copd-weight',
      label: 'RADPAC COPD: gewichtsverlies, afnemende conditie of ernstige comorbiditeit',
    },
    {
      type: 'yesNo',
      group: 'radpac-cancer',
      id: 'r-ca-function',
      label: 'RADPAC kanker: functioneren gaat achteruit (meer tijd in bed)',
    },
    {
      type: 'yesNo',
      group: 'radpac-cancer',
      id: 'r-ca-progression',
      label: 'RADPAC kanker: ziekte schrijdt voort of behandeling slaat niet aan',
    },
    {
      type: 'yesNo',
      group: 'radpac-cancer',
      id: 'r-ca-weight',
      label: 'RADPAC kanker: gewichtsverlies of afnemende eetlust',
    },
  ],
  scoring: { kind: 'indicatorCount', minGeneral: 2, minSpecific: 1 },
} satisfies ChecklistDefinition;
