/** FHIR R4 exchange of the PZP record (national PZP information standard on Nictiz nl-core, zib 2020). */
export { exportPzpBundle, type PzpExportOptions } from './export';
export {
  importPzpBundle,
  PZP_IMPORT_ERRORS,
  type ImportedPatient,
  type PzpImportError,
  type PzpImportResult,
  type UnmappedItem,
} from './import';
