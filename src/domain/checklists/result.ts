/**
 * A recorded checklist result: the answers, who recorded them and when, and the exact definition version
 * they answer. `summariseResult` reads a result through its own definition version, never a newer one.
 */
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, type IsoDate } from '../date-schemas';
import { authorSchema, deviceRecordedAtSchema } from '../author';
import { patientIdSchema } from '../ids';
import type { ChecklistDefinition, ChecklistItem } from './definition';
import { isItemShown } from './definition-helpers';

export const checklistResultIdSchema = z.uuid('id.invalid').brand<'ChecklistResultId'>();
export type ChecklistResultId = z.infer<typeof checklistResultIdSchema>;

const MAX_DEFINITION_ID = 64;
const MAX_ANSWERS = 80;

const answerSchema = z.union([z.string().max(4000, 'text.tooLong'), z.number(), z.boolean()]);
export type Answer = z.infer<typeof answerSchema>;

export const checklistResultSchema = z.object({
  id: checklistResultIdSchema,
  patientId: patientIdSchema,
  // A definition's id is a slug of at most 63 characters and it has at most 80 items (definition.ts).
  definitionId: z.string().min(1).max(MAX_DEFINITION_ID, 'text.tooLong'),
  definitionVersion: z.int().positive(),
  answers: z
    .record(z.string().max(MAX_DEFINITION_ID, 'text.tooLong'), answerSchema)
    .refine((answers) => Object.keys(answers).length <= MAX_ANSWERS, 'answers.tooMany'),
  /** The day the observations apply to (may be earlier than the day of recording). */
  observedOn: isoDateSchema,
  author: authorSchema,
  recordedAt: isoDateTimeSchema,
  deviceRecordedAt: deviceRecordedAtSchema,
  deletedAt: isoDateTimeSchema.nullable(),
});
export type ChecklistResult = z.infer<typeof checklistResultSchema>;

/** Field groups for sync: a result is written once and never edited, so it is one fact. */
export const checklistResultFieldGroups = {
  result: ['definitionId', 'definitionVersion', 'answers', 'observedOn', 'author', 'recordedAt'],
  deletion: ['deletedAt'],
} as const;

export interface AnswerIssue {
  field: string;
  code: string;
}

function answerIssue(item: ChecklistItem, value: Answer): string | null {
  switch (item.type) {
    case 'yesNo':
      return typeof value === 'boolean' ? null : 'answer.yesNo';
    case 'choice':
      return typeof value === 'string' && item.options.some((option) => option.value === value)
        ? null
        : 'answer.choice';
    case 'score':
      return typeof value === 'number' && Number.isInteger(value) && value >= item.min && value <= item.max
        ? null
        : 'answer.scoreRange';
    case 'text':
      return typeof value === 'string' && value.length <= item.maxLength ? null : 'text.tooLong';
  }
}

/**
 * Checks answers against their definition: every answer belongs to a shown item and fits its type
 * (a score inside its range, a choice among its options). Unanswered items are allowed.
 */
export function validateAnswers(
  definition: ChecklistDefinition,
  answers: Readonly<Record<string, Answer>>,
  observedOn: IsoDate,
  today: IsoDate,
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const items = new Map(definition.items.map((item) => [item.id, item]));
  for (const [id, value] of Object.entries(answers)) {
    const item = items.get(id);
    if (!item) issues.push({ field: id, code: 'answer.unknownItem' });
    else if (!isItemShown(item, answers)) issues.push({ field: id, code: 'answer.notApplicable' });
    else {
      const code = answerIssue(item, value);
      if (code) issues.push({ field: id, code });
    }
  }
  if (observedOn > today) issues.push({ field: 'observedOn', code: 'date.future' });
  return issues;
}
