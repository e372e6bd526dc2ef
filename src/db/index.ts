export { TijdigDb, DATABASE_NAME } from './database';
export { countPendingMutations } from './outbox';
export * from './patient-queries';
export * from './patients-repository';
export { classifyStorageError, type StorageFailure } from './storage-errors';
export * from './checklist-queries';
export * from './checklist-repository';
export type { FieldIssue, WriteError, WriteResult } from './write-result';
export * from './marking-repository';
