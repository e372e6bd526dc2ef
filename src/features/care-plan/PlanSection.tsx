import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain';
import { formatDate } from '../../lib/format';
import styles from './CarePlan.module.css';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

interface PlanSectionProps {
  /** The section's anchor, e.g. `zorgplan-limits`. */
  id: string;
  title: string;
  /**
   * When the saved plan says this part was last discussed: null when never, undefined for a section that
   * records no such date.
   */
  discussed?: IsoDate | null | undefined;
  children: ReactNode;
}

/** One part of the care plan, with its heading and when it was last discussed. */
export function PlanSection({ id, title, discussed, children }: PlanSectionProps) {
  const { t, i18n } = useTranslation();
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={styles.section}>
      <div className={styles.sectionHead}>
        <h2 id={`${id}-title`}>{title}</h2>
        {discussed !== undefined && (
          <p className={styles.discussed}>
            {discussed === null
              ? t('carePlan.notDiscussed')
              : t('carePlan.lastDiscussed', { date: formatDate(discussed, i18n.language) })}
          </p>
        )}
      </div>
      {children}
    </section>
  );
}
