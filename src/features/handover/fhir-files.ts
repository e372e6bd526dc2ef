/**
 * FHIR exchange of the PZP record as files. The FHIR mapping is loaded on first use, so the handover page
 * opens (and prints) without it.
 */
import {
  isoDateOf,
  type Author,
  type CarePlan,
  type ImportedPatient,
  type IsoDateTime,
  type Patient,
  type PzpImportResult,
} from '../../domain';
import { downloadTextFile } from '../../lib/download';

export interface ExportFile {
  /** `pzp-<date>.json`: never a name or a BSN in a file name. */
  fileName: string;
  text: string;
}

/** The PZP record of a plan as a FHIR R4 Bundle in a JSON file; the BSN only when `includeBsn`. */
export async function pzpExportFile(
  plan: CarePlan,
  patient: Patient,
  author: Author,
  now: Date,
  includeBsn: boolean,
): Promise<ExportFile> {
  const { exportPzpBundle } = await import('../../domain/care-plan/fhir');
  const bundle = exportPzpBundle(plan, patient, author, now.toISOString() as IsoDateTime, { includeBsn });
  return { fileName: `pzp-${isoDateOf(now)}.json`, text: JSON.stringify(bundle, null, 2) };
}

/**
 * Reads a PZP Bundle from a file's text for the expected patient; never throws (a malformed file gives an
 * error code).
 */
export async function readPzpFile(text: string, expected?: ImportedPatient): Promise<PzpImportResult> {
  const { importPzpBundle } = await import('../../domain/care-plan/fhir');
  return importPzpBundle(text, expected === undefined ? {} : { expected });
}

/** Hands a file to the browser's download. */
export function downloadFile({ fileName, text }: ExportFile, type = 'application/fhir+json'): void {
  downloadTextFile(fileName, text, type);
}
