import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient, PzpImportResult } from '../../domain';
import { readFileText } from '../../lib/read-file';
import { readPzpFile } from './fhir-files';
import { FhirImportReport } from './FhirImportReport';
import styles from './Handover.module.css';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'fileFailed' }
  | { kind: 'read'; fileName: string; result: PzpImportResult };

/**
 * Reads a PZP Bundle from a file and reports what it recognised and what it could not map. It saves
 * nothing: the plan's editor is where facts are entered and checked.
 */
export function FhirImport({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    // Let the same file be chosen again (e.g. after fixing it), which would otherwise fire no change.
    input.value = '';
    setState({ kind: 'reading' });
    try {
      setState({ kind: 'read', fileName: file.name, result: await readPzpFile(await readFileText(file)) });
    } catch {
      setState({ kind: 'fileFailed' });
    }
  };

  const error =
    state.kind === 'fileFailed'
      ? t('handover.fhir.import.fileFailed')
      : state.kind === 'read' && !state.result.ok
        ? t(`handover.fhir.import.errors.${state.result.error}`)
        : null;
  return (
    <div className={styles.import}>
      <label htmlFor={`${id}-file`} className={styles.label}>
        {t('handover.fhir.import.label')}
      </label>
      <span id={`${id}-hint`} className={styles.small}>
        {t('handover.fhir.import.hint')}
      </span>
      <input
        id={`${id}-file`}
        type="file"
        accept="application/json,application/fhir+json,.json"
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        aria-invalid={error !== null}
        onChange={(event) => void onFile(event)}
      />
      <p role="status">{state.kind === 'reading' && t('handover.fhir.import.reading')}</p>
      {error !== null && (
        <p id={`${id}-error`} role="alert" className={styles.error}>
          {error}
        </p>
      )}
      {state.kind === 'read' && state.result.ok && (
        <FhirImportReport fileName={state.fileName} result={state.result} patient={patient} />
      )}
    </div>
  );
}
