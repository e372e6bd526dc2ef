/** The pure domain: schemas, rules and protocol messages shared by the app and the sync server. */
export * from './bsn';
export * from './date-schemas';
export * from './dates';
export * from './ids';
export * from './patient';
export * from './register';
export * from './sync';
export * from './author';
export * from './checklists';
export * from './marking';
export * from './suggestion';
export * from './names';
export * from './accounts';
export * from './audit';
export * from './conflict';
export * from './mdo';
export * from './sync-entities';
