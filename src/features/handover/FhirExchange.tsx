import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../providers/DatabaseProvider';
import { buttonClass } from '../../components/button-class';
import { logAccess } from '../../db';
import type { Author, CarePlan, Patient } from '../../domain';
import { downloadFile, pzpExportFile } from './fhir-files';
import { FhirImport } from './FhirImport';
import styles from './Handover.module.css';
import { registerHandoverTexts } from './handover-i18n';
import { registerCarePlanTexts } from '../care-plan/care-plan-i18n';

registerCarePlanTexts();

registerHandoverTexts();

type ExportState =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'failed' };

interface FhirExchangeProps {
  patient: Patient;
  plan: CarePlan;
  /** The same explicit choice as for the printed sheet. */
  includeBsn: boolean;
  /** Who exports; null only if the session is gone while the page is open. */
  author: Author | null;
}

/**
 * Uitwisselen (FHIR): the PZP record as a FHIR R4 Bundle to download (logged as an export, NEN 7513), and a
 * Bundle from elsewhere to read and check against the plan.
 */
export function FhirExchange({ patient, plan, includeBsn, author }: FhirExchangeProps) {
  const { t } = useTranslation();
  const db = useDatabase();
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });

  const onExport = async () => {
    if (author === null) return;
    setExportState({ kind: 'busy' });
    try {
      const file = await pzpExportFile(plan, patient, author, new Date(), includeBsn);
      downloadFile(file);
      await logAccess(
        db,
        {
          event: 'carePlan.fhirExport',
          action: 'E',
          patientId: patient.id,
          recordPart: includeBsn ? 'carePlan.pzp+bsn' : 'carePlan.pzp',
        },
        new Date(),
      );
      setExportState({ kind: 'done', fileName: file.fileName });
    } catch {
      // Loading the FHIR code can fail offline before the service worker has cached it.
      setExportState({ kind: 'failed' });
    }
  };

  return (
    <section aria-labelledby="handover-fhir" className={styles.panel} data-no-print>
      <h2 id="handover-fhir">{t('handover.fhir.title')}</h2>
      <p>{t('handover.fhir.intro')}</p>
      <div className={styles.actions}>
        <button
          type="button"
          className={buttonClass('secondary')}
          disabled={author === null || exportState.kind === 'busy'}
          onClick={() => void onExport()}
        >
          {exportState.kind === 'busy' ? t('handover.fhir.exporting') : t('handover.fhir.export')}
        </button>
      </div>
      <p role="status">
        {exportState.kind === 'done' && t('handover.fhir.exported', { fileName: exportState.fileName })}
      </p>
      {exportState.kind === 'failed' && (
        <p role="alert" className={styles.error}>
          {t('handover.fhir.exportFailed')}
        </p>
      )}
      <FhirImport patient={patient} plan={plan} />
    </section>
  );
}
