import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useSessionStore } from '../../state/session-store';
import styles from './Overview.module.css';

/** The printed report's head: title, practice, period and print time. Shown in print only. */
export function ReportHeader({ periodText, printedAt }: { periodText: string; printedAt: Date }) {
  const { t, i18n } = useTranslation();
  const practice = useSessionStore((state) => state.session?.practice.name);
  return (
    <div className={`${styles.report} ${styles.printOnly}`}>
      <h2>{t('overview.report.title')}</h2>
      <dl>
        {practice && (
          <div>
            <dt>{t('overview.report.practice')}</dt>
            <dd>{practice}</dd>
          </div>
        )}
        <div>
          <dt>{t('overview.report.period')}</dt>
          <dd>{periodText}</dd>
        </div>
        <div>
          <dt>{t('overview.report.printedOn')}</dt>
          <dd>{formatDateTime(printedAt.toISOString(), i18n.language)}</dd>
        </div>
      </dl>
      <p className={styles.small}>{t('overview.report.note')}</p>
    </div>
  );
}
