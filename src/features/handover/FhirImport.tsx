import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { fullName, type CarePlan, type Patient, type PzpImportResult } from '../../domain';
import { readFileText } from '../../lib/read-file';
import { readPzpFile } from './fhir-files';
import { FhirImportReport } from './FhirImportReport';
import styles from './Handover.module.css';
import { registerHandoverTexts } from './handover-i18n';

registerHandoverTexts();

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'fileFailed'; fileName: string }
  | { kind: 'read'; fileName: string; result: PzpImportResult };

/**
 * Reads a PZP Bundle from a file for this patient and shows what it holds as a draft to review: nothing is
 * saved until the user accepts parts of it. The file is chosen with a Dutch button (the browser's own file
 * control speaks the browser's language), which opens a visually hidden file input.
 */
export function FhirImport({ patient, plan }: { patient: Patient; plan: CarePlan }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const target = event.target;
    const file = target.files?.[0];
    if (!file) return;
    // Let the same file be chosen again (e.g. after fixing it), which would otherwise fire no change.
    target.value = '';
    setState({ kind: 'reading', fileName: file.name });
    try {
      const expected = { name: fullName(patient), birthDate: patient.birthDate };
      const result = await readPzpFile(await readFileText(file), expected);
      setState({ kind: 'read', fileName: file.name, result });
    } catch {
      setState({ kind: 'fileFailed', fileName: file.name });
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
      <span id={`${id}-label`} className={styles.label}>
        {t('handover.fhir.import.label')}
      </span>
      <span id={`${id}-hint`} className={styles.small}>
        {t('handover.fhir.import.hint')}
      </span>
      <div className={styles.fileControl}>
        <button
          type="button"
          className={buttonClass('secondary')}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          onClick={() => input.current?.click()}
        >
          {t('handover.fhir.import.chooseFile')}
        </button>
        <span className={styles.small}>
          {state.kind === 'idle'
            ? t('handover.fhir.import.noFile')
            : t('handover.fhir.import.chosenFile', { fileName: state.fileName })}
        </span>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-labelledby={`${id}-label`}
          aria-invalid={error !== null}
          accept="application/json,application/fhir+json,.json"
          onChange={(event) => void onFile(event)}
        />
      </div>
      <p role="status">{state.kind === 'reading' && t('handover.fhir.import.reading')}</p>
      {error !== null && (
        <p id={`${id}-error`} role="alert" className={styles.error}>
          {error}
        </p>
      )}
      {state.kind === 'read' && state.result.ok && (
        <FhirImportReport fileName={state.fileName} result={state.result} patient={patient} plan={plan} />
      )}
    </div>
  );
}
