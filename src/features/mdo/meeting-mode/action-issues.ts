import type { FieldIssue } from '../../../db';
import { firstTextKey, type TextKey } from '../../../i18n';

type ActionField = 'what' | 'owner' | 'dueDate';

/** Dutch sentences for the refusals that matter most, instead of the general "Vul dit veld in". */
const SPECIFIC: Partial<Record<`${ActionField}:${string}`, TextKey>> = {
  'owner:required': 'mdoMeeting.errors.ownerRequired',
  'dueDate:required': 'mdoMeeting.errors.dueDateRequired',
  'what:required': 'mdoMeeting.errors.whatRequired',
};

/** The translation key of the first refusal per field of an action (what, owner, due date). */
export function actionIssueMessages(issues: readonly FieldIssue[]): Partial<Record<ActionField, TextKey>> {
  const messages: Partial<Record<ActionField, TextKey>> = {};
  for (const { field, code } of issues) {
    if (field !== 'what' && field !== 'owner' && field !== 'dueDate') continue;
    messages[field] ??= SPECIFIC[`${field}:${code}`] ?? firstTextKey([`errors.${code}`], 'errors.invalid');
  }
  return messages;
}
