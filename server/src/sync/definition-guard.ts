/**
 * A checklist definition a device shares with its practice (a region's card, imported on one device): it
 * is keyed `id@version` and never changes (write-once.ts), and it may not take the key of a definition
 * Tijdig ships, which every device reads existing results through. The app refuses both when importing
 * (src/db/checklist-repository.ts); the server holds the same rule for any client.
 */
import { BUILTIN_DEFINITIONS, definitionKey, type Mutation } from '../../../src/domain';

type Row = Record<string, unknown>;

const BUILTIN_KEYS = new Set(BUILTIN_DEFINITIONS.map(definitionKey));

/** Why a new definition cannot be stored under this record id, or null when it can. */
export function definitionIssue(mutation: Mutation, row: Row): { path: string; code: string } | null {
  if (mutation.entity !== 'checklistDefinition' || mutation.op === 'delete') return null;
  if (BUILTIN_KEYS.has(mutation.recordId)) return { path: 'recordId', code: 'checklistDefinition.builtIn' };
  const key = `${String(row.id)}@${String(row.version)}`;
  return mutation.recordId === key ? null : { path: 'recordId', code: 'checklistDefinition.keyMismatch' };
}
