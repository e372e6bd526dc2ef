import { useTranslation } from 'react-i18next';
import { treatmentLimitsOf, type CarePlan, type TreatmentLimitEntry } from '../../domain';
import { classNames } from '../../lib/class-names';
import styles from './Handover.module.css';
import { limitComment, limitDiscussed, limitHeadline } from './limit-words';
import { registerHandoverTexts } from './handover-i18n';

registerHandoverTexts();

function limitKey(limit: TreatmentLimitEntry): string {
  return limit.kind === 'anders' ? limit.id : limit.kind;
}

/**
 * The treatment limits, each decision in big words with when and with whom it was discussed. Resuscitation
 * always has a row (also when nothing is recorded: the reader must see that); other standard limits without
 * a decision are named together on one line.
 */
export function HandoverLimits({ plan }: { plan: CarePlan }) {
  const { t, i18n } = useTranslation();
  const limits = treatmentLimitsOf(plan);
  const shown = limits.filter(
    (limit) => limit.decision !== null || limit.kind === 'reanimatie' || limit.kind === 'anders',
  );
  const unrecorded = limits.filter((limit) => !shown.includes(limit));
  return (
    <section aria-labelledby="handover-limits" className={styles.section}>
      <h2 id="handover-limits">{t('handover.sections.limits')}</h2>
      <ul className={styles.limits}>
        {shown.map((limit) => {
          const comment = limitComment(t, limit);
          return (
            <li
              key={limitKey(limit)}
              className={classNames(styles.limit, limit.decision === 'niet' && styles.limitDeny)}
            >
              <strong className={styles.decision}>{limitHeadline(t, limit)}</strong>
              {limit.decision !== null && (
                <span className={styles.small}>{limitDiscussed(t, limit, i18n.language)}</span>
              )}
              {comment !== null && <span className={styles.comment}>{comment}</span>}
              {limit.onBehalfOf && (
                <span className={styles.small}>
                  {t('handover.limits.onBehalfOf', {
                    name: limit.onBehalfOf.name,
                    recordedBy: limit.onBehalfOf.recordedBy ?? '',
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {unrecorded.length > 0 && (
        <p className={styles.small}>
          {t('handover.limits.notRecorded', {
            list: unrecorded.map((limit) => t(`handover.limits.kinds.${limit.kind}`)).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
