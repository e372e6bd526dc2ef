/** FHIR R4 exchange of the PZP record (IKNL PZP implementation guide on Nictiz nl-core, zib 2020). */
export { exportPzpBundle, type PzpExportOptions } from './export';
export {
  importPzpBundle,
  PZP_IMPORT_ERRORS,
  type HistoryItem,
  type ImportedPatient,
  type PzpImportOptions,
  type PzpImportError,
  type PzpImportResult,
  type UnmappedItem,
} from './import';
