/**
 * Checklists as data: a versioned definition (items and an optional scoring rule). Every stored result
 * keeps the id and version it was made with, so a new version of a card never changes old results.
 * Regions can load their own signalling card as a JSON definition that must pass this schema.
 */
import { z } from 'zod';

/** What a checklist is for; the marking suggestion and the register read results by kind. */
export const CHECKLIST_KINDS = [
  'surpriseQuestion',
  'signals',
  'indicators',
  'spict',
  'symptoms',
  'distress',
  'caregiverBurden',
] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'definition.id');
const label = z.string().trim().min(1, 'required').max(300, 'text.tooLong');

/** Indicator groups: "general" counts towards the general rule, every other group is disease-specific. */
const group = z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]{0,40}$/, 'definition.group');

/** Show an item only when another item has a given answer (e.g. the double surprise question after "nee"). */
const showWhen = z.object({ item: slug, equals: z.union([z.string(), z.boolean()]) }).optional();

const common = { id: slug, label, hint: z.string().max(500).optional(), group: group.optional(), showWhen };

export const checklistItemSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('yesNo'), ...common }),
  z.object({
    type: z.literal('choice'),
    ...common,
    options: z.array(z.object({ value: slug, label })).min(2, 'definition.options'),
  }),
  z.object({
    type: z.literal('score'),
    ...common,
    min: z.int(),
    max: z.int(),
  }),
  z.object({ type: z.literal('text'), ...common, maxLength: z.int().positive().max(4000).default(2000) }),
]);
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const scoringRuleSchema = z.discriminatedUnion('kind', [
  /** The answer "nee" on `item` suggests a marking conversation. */
  z.object({ kind: z.literal('surpriseQuestion'), item: slug }),
  /** Any "ja", or any text in a note item, is a signal. */
  z.object({ kind: z.literal('anySignal') }),
  /** At least `minGeneral` positive items in group "general" and `minSpecific` in any other group. */
  z.object({
    kind: z.literal('indicatorCount'),
    minGeneral: z.int().positive(),
    minSpecific: z.int().positive(),
  }),
  /** Every score item: `relevant` or more is clinically relevant, `severe` or more is severe. */
  z.object({ kind: z.literal('symptomThresholds'), relevant: z.int(), severe: z.int() }),
  /** One score item: `threshold` or more is raised distress. */
  z.object({ kind: z.literal('scoreThreshold'), item: slug, threshold: z.int() }),
  /** Count of "ja" answers: `threshold` or more flags overload (only the retired EDIZ-like list, version 1). */
  z.object({ kind: z.literal('yesCount'), threshold: z.int().positive() }),
  /** The "ja" items, listed per group, with no cut-off (a source that publishes none, such as RADPAC). */
  z.object({ kind: z.literal('positiveCount') }),
  /**
   * The sum of points per chosen answer over the choice items (EDIZ: "min of meer" and "ja" score 1).
   * `cutOff`, when the source publishes one, flags a sum at or above it; without it no flag is shown.
   */
  z.object({
    kind: z.literal('choicePoints'),
    points: z.record(slug, z.int().min(0).max(100)),
    cutOff: z.int().positive().optional(),
  }),
]);
export type ScoringRule = z.infer<typeof scoringRuleSchema>;

const citation = z.string().trim().min(1, 'required').max(300, 'text.tooLong');

/**
 * Where a definition comes from. `published`: the instrument's items, answers, scoring and cut-off as
 * published, reproduced exactly. `outcome`: the instrument is filled in on its official form and only its
 * outcome is recorded (its licence forbids reproducing it, or its text could not be verified). `own`:
 * the practice's own list, which claims no instrument's name.
 */
export const definitionSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['published', 'outcome']),
    title: citation,
    edition: citation,
    publishedIn: citation,
    url: z.url().optional(),
    /** The cut-off and the publication it is taken from, when a scoring rule uses one. */
    cutOff: z.string().trim().max(500).optional(),
  }),
  z.object({ kind: z.literal('own'), note: z.string().trim().max(500) }),
]);
export type DefinitionSource = z.infer<typeof definitionSourceSchema>;

export const checklistDefinitionSchema = z
  .object({
    id: slug,
    version: z.int().positive(),
    kind: z.enum(CHECKLIST_KINDS),
    title: label,
    description: z.string().max(2000).optional(),
    /** Link to an official form that may not be reproduced (SPICT-NL). */
    officialFormUrl: z.url().optional(),
    items: z.array(checklistItemSchema).min(1, 'definition.items').max(80),
    scoring: scoringRuleSchema.optional(),
    /** Required for the built-in definitions (a test checks it); a region's own card may leave it out. */
    source: definitionSourceSchema.optional(),
    /** The language of the item texts when it is not Dutch (RADPAC is reproduced in its published English). */
    itemLanguage: z.enum(['en']).optional(),
    /** Kept only so old results keep their reading; never offered for a new checklist. */
    isRetired: z.boolean().optional(),
  })
  .superRefine((definition, context) => {
    const ids = definition.items.map((item) => item.id);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate) context.addIssue({ code: 'custom', path: ['items'], message: 'definition.duplicateItem' });
    for (const [index, item] of definition.items.entries()) {
      if (item.type === 'score' && item.min >= item.max)
        context.addIssue({ code: 'custom', path: ['items', index], message: 'definition.scoreRange' });
      if (item.showWhen && !ids.includes(item.showWhen.item))
        context.addIssue({ code: 'custom', path: ['items', index], message: 'definition.unknownItem' });
    }
    const rule = definition.scoring;
    if (rule && 'item' in rule && !ids.includes(rule.item))
      context.addIssue({ code: 'custom', path: ['scoring'], message: 'definition.unknownItem' });
  });
export type ChecklistDefinition = z.infer<typeof checklistDefinitionSchema>;
