/** Helpers over checklist definitions, kept free of zod so the register can use them on first load. */
import type { ChecklistDefinition, ChecklistItem } from './definition';

/** The key under which a definition version is stored and referenced: `signaleringskaart@1`. */
export function definitionKey(definition: Pick<ChecklistDefinition, 'id' | 'version'>): string {
  return `${definition.id}@${String(definition.version)}`;
}

/** Whether an item is shown, given the answers so far. */
export function isItemShown(item: ChecklistItem, answers: Readonly<Record<string, unknown>>): boolean {
  return !item.showWhen || answers[item.showWhen.item] === item.showWhen.equals;
}
