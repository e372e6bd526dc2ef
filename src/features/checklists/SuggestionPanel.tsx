import { useTranslation } from 'react-i18next';
import type { SuggestionReason } from '../../domain';
import styles from './Checklists.module.css';
import { registerChecklistsTexts } from './checklists-i18n';

registerChecklistsTexts();

/** Advice to consider a marking conversation, with the reasons; the GP decides. */
export function SuggestionPanel({ reasons }: { reasons: readonly SuggestionReason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <aside className={styles.suggestion} aria-labelledby="suggestion-title">
      <h3 id="suggestion-title">{t('checklists.suggestion.title')}</h3>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{t(`checklists.suggestion.reasons.${reason}`)}</li>
        ))}
      </ul>
      <p>{t('checklists.suggestion.advice')}</p>
    </aside>
  );
}
