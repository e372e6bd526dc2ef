import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../providers/DatabaseProvider';
import { buttonClass } from '../../components/button-class';
import { logAccess } from '../../db';
import type { IndicatorReport } from '../../domain';
import { downloadTextFile } from '../../lib/download';
import { usePrintWithLog } from '../../components/usePrintWithLog';
import styles from './Overview.module.css';

interface ExportActionsProps {
  report: IndicatorReport;
  /** Runs (and renders) before printing, e.g. to stamp the print time on the report. */
  onBeforePrint: () => void;
}

/**
 * CSV and the printed report for the regional network: totals per period only. Both are logged as an
 * export without a patient (NEN 7513), also when printing starts from the browser's own menu.
 */
export function ExportActions({ report, onBeforePrint }: ExportActionsProps) {
  const { t, i18n } = useTranslation();
  const db = useDatabase();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const print = usePrintWithLog(
    { event: 'overview.print', action: 'E', patientId: null, recordPart: 'overview.indicators' },
    onBeforePrint,
  );
  const downloadCsv = async () => {
    // The CSV writer loads on first use; the page does not wait for it.
    const { indicatorCsv } = await import('./indicator-csv');
    const { fileName, text, type } = indicatorCsv(report, t, i18n.language);
    void logAccess(
      db,
      { event: 'overview.export', action: 'E', patientId: null, recordPart: 'overview.indicators.csv' },
      new Date(),
    );
    downloadTextFile(fileName, text, type);
    setDownloaded(fileName);
  };
  return (
    <section aria-labelledby="overview-export" className={styles.panel} data-no-print>
      <h2 id="overview-export">{t('overview.export.title')}</h2>
      <p className={styles.small}>{t('overview.export.hint')}</p>
      <div className={styles.actions}>
        <button type="button" className={buttonClass('secondary')} onClick={() => void downloadCsv()}>
          {t('overview.export.csv')}
        </button>
        <button type="button" className={buttonClass('secondary')} onClick={print}>
          {t('overview.export.print')}
        </button>
      </div>
      <p role="status" className={styles.status}>
        {downloaded && t('overview.export.downloaded', { file: downloaded })}
      </p>
    </section>
  );
}
