import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterRow } from '../../db';
import type { PatientDistinction, RegisterFacts } from '../../domain';
import { useToday } from '../../components/useToday';
import styles from './PatientList.module.css';
import { useFollowPatientLinks, usePatientHref } from './patient-links';
import { PatientRow } from './PatientRow';
import { useRegisterRowTexts } from './row-texts';
import { observeRectAfterLayout, scrollerRectBeforeLayout, scrollUnlessNewAtStart } from './scroller-layout';
import { useDistinctionLabel } from './useDistinctionLabel';

const ROW_HEIGHT = 56;

/**
 * The register as a virtualised table: only the rows in view are in the DOM, so 10,000 patients scroll
 * as smoothly as 10. ARIA row indexes tell screen readers where each row sits in the whole list.
 * `rowCount` may exceed `rows.length` while only the register snapshot's first rows are in: the list has
 * its full height at once, and the rest fills in when the live rows arrive.
 */
export function PatientList({
  rows,
  rowCount,
  facts,
  distinctions,
}: {
  rows: readonly RegisterRow[];
  rowCount: number;
  facts: RegisterFacts;
  distinctions: ReadonlyMap<string, PatientDistinction>;
}) {
  const { t } = useTranslation();
  // The list renders again at every scroll step; its own words do not change with it.
  const labels = useMemo(
    () => ({ region: t('register.list.scrollRegion'), table: t('register.list.label') }),
    [t],
  );
  const distinctionLabel = useDistinctionLabel();
  const today = useToday();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const texts = useRegisterRowTexts();
  const patientHref = usePatientHref();
  useFollowPatientLinks(scrollerRef);
  const [initialRect] = useState(scrollerRectBeforeLayout);
  // The virtualiser returns functions that React Compiler must not memoise; this component does not use it.
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is designed for direct use
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    // The rows in view in the first render, and no forced layout after it (scroller-layout.ts).
    initialRect,
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollUnlessNewAtStart,
    // A few rows beyond the view: enough to hide blank edges, few enough that a long jump mounts little.
    overscan: 4,
  });

  return (
    // On a phone the columns do not fit: the table scrolls sideways inside a region of its own, which a
    // keyboard can focus to scroll (axe: scrollable-region-focusable), instead of widening the whole page.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above: the region itself scrolls
    <div role="region" aria-label={labels.region} tabIndex={0} className={styles.frame}>
      <div
        role="table"
        aria-label={labels.table}
        aria-rowcount={rowCount + 1}
        // Only the snapshot's first rows are in until the live rows arrive: the table says it is loading,
        // and a script (or a screen reader) waits for the rest instead of reading blank rows further down.
        aria-busy={rows.length < rowCount}
        className={styles.table}
      >
        <HeaderRow />
        <div ref={scrollerRef} className={styles.scroller} data-register-scroller>
          <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const patient = rows[item.index];
              const distinction = patient && distinctions.get(patient.id);
              return (
                patient && (
                  <PatientRow
                    key={patient.id}
                    patient={patient}
                    index={item.index}
                    top={item.start}
                    height={ROW_HEIGHT}
                    today={today}
                    hasNewSignals={facts.withNewSignals.has(patient.id)}
                    suggestion={facts.suggestions.get(patient.id)}
                    distinction={distinction && distinctionLabel(distinction)}
                    href={patientHref(patient.id)}
                    texts={texts}
                  />
                )
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

/** The column headers: memoised, so a scroll step (which renders the list again) does not render them. */
const HeaderRow = memo(function HeaderRow() {
  const { t } = useTranslation();
  return (
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
  );
});
