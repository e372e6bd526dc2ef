export { TijdigDb, DATABASE_NAME } from './database';
export { countPendingMutations } from './outbox';
export * from './patient-queries';
export * from './patients-repository';
export { classifyStorageError, type StorageFailure } from './storage-errors';
