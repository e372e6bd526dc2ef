import type { ChecklistDefinition } from './definition';

/** How many items each group of the retired list had, in its order; the ids are what old results hold. */
const RETIRED_ITEMS: readonly (readonly [group: string, ids: readonly string[]])[] = [
  ['general', ['g-admissions', 'g-function', 'g-dependent', 'g-weight', 'g-symptoms', 'g-wish']],
  ['cancer', ['c-progressive', 'c-no-treatment']],
  ['dementia', ['d-adl', 'd-intake']],
  ['neurological', ['n-decline', 'n-swallow']],
  ['heart', ['h-symptoms', 'h-vascular']],
  ['lung', ['l-breathless', 'l-oxygen']],
  ['kidney', ['k-stage', 'k-dialysis']],
  ['liver', ['li-cirrhosis', 'li-transplant']],
  ['other', ['o-other']],
  ['radpac-heart-failure', ['r-hf-nyha', 'r-hf-admissions', 'r-hf-frail']],
  ['radpac-copd', ['r-copd-severe', 'r-copd-exacerbations', 'r-copd-weight']],
  ['radpac-cancer', ['r-ca-function', 'r-ca-progression', 'r-ca-weight']],
];

/**
 * The retired "Indicatoren voor markering" list (version 1). Its wording followed SPICT's general
 * indicators and clinical groups too closely, which SPICT's terms do not allow, and its "RADPAC" items
 * were not RADPAC's; so its item texts are no longer shipped (issue 13). What old results need to keep
 * their reading stays: the item ids, their groups and the rule (2 general and 1 disease-specific item
 * was a reason for a marking conversation). New checklists use SPICT-NL (outcome only) and RADPAC.
 */
export const indicatorsV1 = {
  id: 'indicatoren',
  version: 1,
  kind: 'indicators',
  title: 'Indicatoren voor markering (ingetrokken lijst)',
  description:
    'Deze lijst is ingetrokken: de tekst van de items wordt niet meer getoond. Eerder vastgelegde uitkomsten (aantallen) blijven leesbaar.',
  items: RETIRED_ITEMS.flatMap(([group, ids]) =>
    ids.map((id, index) => ({
      type: 'yesNo' as const,
      group,
      id,
      label: `Ingetrokken item ${String(index + 1)}`,
    })),
  ),
  scoring: { kind: 'indicatorCount', minGeneral: 2, minSpecific: 1 },
  source: {
    kind: 'own',
    note: 'Ingetrokken eigen lijst van de praktijk (versie 1); de itemtekst wordt niet meer meegeleverd.',
  },
  isRetired: true,
} satisfies ChecklistDefinition;
