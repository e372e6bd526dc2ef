import { useTranslation } from 'react-i18next';
import type { CarePlanEssentials } from '../../../db';
import type { IsoDate } from '../../../domain';
import { formatDate } from '../../../lib/format';
import { limitComment, limitHeadline } from '../../handover/limit-words';
import styles from './SpecialistView.module.css';
import { registerHandoverTexts } from '../../handover/handover-i18n';

registerHandoverTexts();

/**
 * The care plan's essentials for the specialist: each treatment limit with its decision in words (as on the
 * handover sheet), the treatment goal, the preferred place of death and the last ACP conversation.
 */
export function CarePlanEssentialsView({ plan }: { plan: CarePlanEssentials | null }) {
  const { t, i18n } = useTranslation();
  if (plan === null) {
    return (
      <section className={styles.block}>
        <h4>{t('mdoSpecialist.item.carePlan')}</h4>
        <p className={styles.muted}>{t('mdoSpecialist.item.noCarePlan')}</p>
      </section>
    );
  }
  // Kept on one line: a date never breaks as "20-11-/2026".
  const discussed = (date: IsoDate | null) =>
    date ? (
      <>
        {' '}
        <span className={styles.noWrap}>
          ({t('mdoSpecialist.item.discussedOn', { date: formatDate(date, i18n.language) })})
        </span>
      </>
    ) : null;
  const recorded = plan.limits.filter(
    (limit) => limit.decision !== null || limit.kind === 'reanimatie' || limit.kind === 'anders',
  );
  const unrecorded = plan.limits.filter((limit) => !recorded.includes(limit));
  const place =
    plan.place === null
      ? t('mdoSpecialist.item.notRecorded')
      : plan.place === 'anders' && plan.placeOtherText.trim() !== ''
        ? plan.placeOtherText
        : t(`handover.place.${plan.place}`);
  return (
    <section className={styles.block}>
      <h4>{t('mdoSpecialist.item.carePlan')}</h4>
      {plan.status === 'concept' && <p className={styles.concept}>{t('mdoSpecialist.item.concept')}</p>}
      <dl className={styles.facts}>
        <div>
          <dt>{t('mdoSpecialist.item.limits')}</dt>
          <dd>
            <ul className={styles.limits}>
              {recorded.map((limit) => {
                const comment = limitComment(t, limit);
                const date = limit.decision === null ? null : limit.dateDiscussed;
                return (
                  <li key={limit.kind === 'anders' ? limit.id : limit.kind}>
                    <strong>{limitHeadline(t, limit)}</strong>
                    {discussed(date)}
                    {comment !== null && <span className={styles.comment}>{comment}</span>}
                  </li>
                );
              })}
            </ul>
            {unrecorded.length > 0 && (
              <p className={styles.muted}>
                {t('handover.limits.notRecorded', {
                  list: unrecorded.map((limit) => t(`handover.limits.kinds.${limit.kind}`)).join(', '),
                })}
              </p>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('mdoSpecialist.item.goal')}</dt>
          <dd>
            {plan.goal === null ? t('mdoSpecialist.item.notRecorded') : t(`handover.goal.${plan.goal}`)}
            {discussed(plan.goalDiscussed)}
          </dd>
        </div>
        <div>
          <dt>{t('mdoSpecialist.item.place')}</dt>
          <dd>
            {place}
            {discussed(plan.placeDiscussed)}
          </dd>
        </div>
        <div>
          <dt>{t('mdoSpecialist.item.lastAcp')}</dt>
          <dd>
            {plan.lastAcpConversation === null
              ? t('mdoSpecialist.item.noAcp')
              : formatDate(plan.lastAcpConversation, i18n.language)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
