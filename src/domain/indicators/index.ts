/** Quality indicators for the practice and the regional network (spiegelinformatie). */
export * from './compute';
export * from './indicator';
export * from './period';
