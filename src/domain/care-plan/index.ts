/** The individual care plan (IZP) with the PZP record: schema, field groups, rules, versions and FHIR. */
export * from './care-plan';
export * from './evolution';
export * from './factory';
export * from './rules';
export * from './specialist-view';
export * from './versions';
export * from './version-record';
export * from './fhir';
export * from './text-limits';
