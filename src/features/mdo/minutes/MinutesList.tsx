import { useTranslation } from 'react-i18next';
import styles from './Minutes.module.css';

/** Knelpunten or onderwijsbehoeften in the minutes. */
export function MinutesList({
  id,
  title,
  entries,
}: {
  id: string;
  title: string;
  entries: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id}>{title}</h2>
      {entries.length === 0 ? (
        <p className={styles.muted}>{t('mdoMeeting.lists.empty')}</p>
      ) : (
        <ul>
          {entries.map((entry, index) => (
            <li key={`${String(index)}-${entry}`}>{entry}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
