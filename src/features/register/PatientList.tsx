import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ageOn, listName, type Patient } from '../../domain';
import { useToday } from '../../components/useToday';
import { formatDate } from '../../lib/format';
import styles from './PatientList.module.css';
import { StatusBadge } from './StatusBadge';

const ROW_HEIGHT = 56;

/**
 * The register as a virtualised table: only the rows in view are in the DOM, so 10,000 patients scroll
 * as smoothly as 10. ARIA row indexes tell screen readers where each row sits in the whole list.
 */
export function PatientList({ rows }: { rows: Patient[] }) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const scrollerRef = useRef<HTMLDivElement>(null);
  // The virtualiser returns functions that React Compiler must not memoise; this component does not use it.
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is designed for direct use
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <div
      role="table"
      aria-label={t('register.list.label')}
      aria-rowcount={rows.length + 1}
      className={styles.table}
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={styles.headerRow}>
          <span role="columnheader">{t('register.columns.name')}</span>
          <span role="columnheader">{t('register.columns.birthDate')}</span>
          <span role="columnheader">{t('register.columns.status')}</span>
          <span role="columnheader" className={styles.wide}>
            {t('register.columns.treatingGp')}
          </span>
          <span role="columnheader" className={styles.wide}>
            {t('register.columns.diagnosis')}
          </span>
        </div>
      </div>
      <div ref={scrollerRef} className={styles.scroller} data-register-scroller>
        <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const patient = rows[item.index];
            if (!patient) return null;
            return (
              <div
                key={patient.id}
                role="row"
                aria-rowindex={item.index + 2}
                className={styles.row}
                style={{ transform: `translateY(${String(item.start)}px)`, height: ROW_HEIGHT }}
              >
                <span role="cell" className={styles.name}>
                  <Link to={`/patienten/${patient.id}`}>{listName(patient)}</Link>
                </span>
                <span role="cell">
                  {formatDate(patient.birthDate, i18n.language)}{' '}
                  <span className={styles.muted}>
                    {t('patient.age', { count: ageOn(patient.birthDate, patient.deathDate ?? today) })}
                  </span>
                </span>
                <span role="cell">
                  <StatusBadge patient={patient} />
                </span>
                <span role="cell" className={styles.wide}>
                  {patient.treatingGp}
                </span>
                <span role="cell" className={styles.wide}>
                  {patient.diagnosisText}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
