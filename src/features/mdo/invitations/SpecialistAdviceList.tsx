import { useTranslation } from 'react-i18next';
import type { SpecialistAdvice } from '../../../domain';
import { formatInstantDate } from '../../../lib/format';
import styles from './SpecialistAdviceList.module.css';

/**
 * "Advies specialist PZ" as the team reads it (meeting mode, verslag, patient page): each advice with the
 * specialist's name and the date, dd-mm-jjjj, as the sync server stamped them. Nothing when there is none.
 */
export function SpecialistAdviceList({ advice }: { advice: readonly SpecialistAdvice[] }) {
  const { t, i18n } = useTranslation();
  if (advice.length === 0) return null;
  return (
    <section className={styles.list} aria-label={t('specialistAdvice.heading')}>
      <h4 className={styles.heading}>{t('specialistAdvice.heading')}</h4>
      {advice.map((entry) => (
        <figure key={entry.invitationId} className={styles.advice}>
          <blockquote className={styles.text}>{entry.text}</blockquote>
          <figcaption className={styles.byline}>
            {t('specialistAdvice.byline', {
              name: entry.by?.name ?? t('specialistAdvice.unknownAuthor'),
              date: entry.at ? formatInstantDate(entry.at, i18n.language) : '-',
            })}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
