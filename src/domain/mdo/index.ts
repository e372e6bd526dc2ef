export * from './agenda-item';
export * from './agenda-suggestion';
export * from './mdo-action';
export * from './meeting';
export * from './rules';
export * from './specialist';
export * from './ics';
