/**
 * Checklist results and imported checklist definitions. A result is validated against the exact
 * definition version it answers and stored with its outbox mutation in one transaction.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  checklistDefinitionSchema,
  checklistResultSchema,
  isoDateOf,
  isoDateSchema,
  validateAnswers,
  type Answer,
  type Author,
  type ChecklistDefinition,
  type ChecklistResult,
  type ChecklistResultId,
  type IsoDate,
  type IsoDateTime,
  type PatientId,
} from '../domain';
import type { TijdigDb } from './database';
import { enqueueMutation, outboxTables } from './outbox';
import { invalid, runWrite } from './run-write';
import { classifyStorageError } from './storage-errors';
import { storeSyncedRecord } from './synced-record';
import type { FieldIssue, WriteResult } from './write-result';

export interface ChecklistEntry {
  patientId: PatientId;
  definition: ChecklistDefinition;
  answers: Record<string, Answer>;
  observedOn: IsoDate;
  author: Author;
}

/** Builds and checks a result; returns the row or the issues. Pure apart from the new id. */
export function prepareChecklistResult(
  entry: ChecklistEntry,
  now: Date,
): { ok: true; value: ChecklistResult } | { ok: false; issues: FieldIssue[] } {
  // A typed date that is no date at all must say so, not be compared with today as text.
  const observedOn = isoDateSchema.safeParse(entry.observedOn);
  if (!observedOn.success)
    return {
      ok: false,
      issues: [{ field: 'observedOn', code: observedOn.error.issues[0]?.message ?? 'date.invalid' }],
    };
  const issues = validateAnswers(entry.definition, entry.answers, observedOn.data, isoDateOf(now));
  if (issues.length > 0) return { ok: false, issues };
  const parsed = checklistResultSchema.safeParse({
    id: uuidv7() as ChecklistResultId,
    patientId: entry.patientId,
    definitionId: entry.definition.id,
    definitionVersion: entry.definition.version,
    answers: entry.answers,
    observedOn: entry.observedOn,
    author: entry.author,
    recordedAt: now.toISOString() as IsoDateTime,
    deletedAt: null,
  });
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ field: String(i.path[0]), code: i.message })),
    };
  return { ok: true, value: parsed.data };
}

/** Stores a prepared result and queues it. Only inside a transaction over checklistResults and the outbox tables. */
export async function storeChecklistResult(db: TijdigDb, result: ChecklistResult): Promise<void> {
  await storeSyncedRecord(db, 'checklistResult', result, undefined, result.recordedAt);
}

/** Records one filled-in checklist for a patient. */
export async function recordChecklistResult(
  db: TijdigDb,
  entry: ChecklistEntry,
  now: Date,
): Promise<WriteResult<ChecklistResult>> {
  const prepared = prepareChecklistResult(entry, now);
  if (!prepared.ok) return invalid(prepared.issues);
  return runWrite(db, [db.checklistResults], async () => {
    await storeChecklistResult(db, prepared.value);
    return { ok: true, value: prepared.value };
  });
}

export type DefinitionImportResult =
  | { ok: true; value: ChecklistDefinition }
  | {
      ok: false;
      error:
        | { kind: 'json' }
        | { kind: 'invalid'; issues: { path: string; code: string }[] }
        | { kind: 'versionExists' }
        | { kind: 'quota' | 'storage' };
    };

/**
 * Imports a region's checklist definition from JSON text. Written apart from runWrite: a definition is keyed
 * `id@version` and never changes, and the import answers its own refusals (bad JSON, a clashing version). A malformed file, a definition that fails the
 * schema, or an existing id and version with other content are refused; nothing is stored then.
 */
export async function importChecklistDefinition(
  db: TijdigDb,
  text: string,
  builtins: readonly ChecklistDefinition[],
  now: Date,
): Promise<DefinitionImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'json' } };
  }
  const parsed = checklistDefinitionSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.message }));
    return { ok: false, error: { kind: 'invalid', issues } };
  }
  const definition = parsed.data;
  const key: [string, number] = [definition.id, definition.version];
  const clash = builtins.find((b) => b.id === definition.id && b.version === definition.version);
  try {
    return await db.transaction('rw', [db.checklistDefinitions, ...outboxTables(db)], async () => {
      const existing = clash ?? (await db.checklistDefinitions.get(key));
      if (existing) {
        return JSON.stringify(existing) === JSON.stringify(definition)
          ? { ok: true as const, value: definition }
          : { ok: false as const, error: { kind: 'versionExists' as const } };
      }
      await db.checklistDefinitions.put(definition);
      await enqueueMutation(db, {
        entity: 'checklistDefinition',
        recordId: `${definition.id}@${String(definition.version)}`,
        op: 'put',
        changed: definition,
        at: now.toISOString() as IsoDateTime,
      });
      return { ok: true as const, value: definition };
    });
  } catch (error) {
    return { ok: false, error: { kind: classifyStorageError(error) } };
  }
}
