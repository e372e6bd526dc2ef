import type { ChecklistDefinition } from './definition';

/**
 * The surprise question, in its public wording, with the optional double surprise question after "nee".
 * A prompt for a conversation, never a verdict: its accuracy is moderate.
 */
export const surpriseQuestionV1 = {
  id: 'surprise-question',
  version: 1,
  kind: 'surpriseQuestion',
  title: 'Surprise question',
  description:
    'Een hulpmiddel om na te denken, geen voorspelling. Bij "nee": overweeg markeren en start proactieve zorgplanning.',
  items: [
    {
      type: 'choice',
      id: 'surprised',
      label: 'Zou het mij verbazen als deze patiënt binnen de komende twaalf maanden komt te overlijden?',
      options: [
        { value: 'ja', label: 'Ja' },
        { value: 'nee', label: 'Nee' },
        { value: 'weet-niet', label: 'Weet ik niet' },
      ],
    },
    {
      type: 'choice',
      id: 'surprised-alive',
      label: 'Zou het mij verbazen als deze patiënt over een jaar nog in leven is?',
      hint: 'Dubbele surprise question: helpt inschatten hoe dichtbij het levenseinde is.',
      showWhen: { item: 'surprised', equals: 'nee' },
      options: [
        { value: 'ja', label: 'Ja' },
        { value: 'nee', label: 'Nee' },
        { value: 'weet-niet', label: 'Weet ik niet' },
      ],
    },
  ],
  scoring: { kind: 'surpriseQuestion', item: 'surprised' },
  source: {
    kind: 'own',
    note: 'De surprise question in haar gangbare publieke formulering; een gespreksaanleiding zonder afkappunt, geen gevalideerde lijst.',
  },
} satisfies ChecklistDefinition;
