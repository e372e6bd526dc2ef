import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/button-class';
import { fullName, type AgendaSuggestion, type Patient } from '../../../domain';
import { formatDate } from '../../../lib/format';
import { StatusBadge } from '../../register/StatusBadge';
import styles from './AgendaBuilder.module.css';
import { ReasonList } from './ReasonList';

/** One suggested patient: name and status, the reasons in words, when last discussed, and the way in. */
export function SuggestionRow({
  suggestion,
  patient,
  onAccept,
}: {
  suggestion: AgendaSuggestion;
  patient: Patient;
  onAccept: () => void;
}) {
  const { t, i18n } = useTranslation();
  const name = fullName(patient);
  const titleId = `suggestion-${patient.id}`;
  return (
    <li className={styles.suggestion} aria-labelledby={titleId}>
      <div className={styles.itemHeader}>
        <h3 id={titleId} className={styles.itemTitle}>
          {name}
        </h3>
        <span className={styles.status}>
          <StatusBadge patient={patient} />
        </span>
      </div>
      <ReasonList reasons={suggestion.reasons} />
      <p className={styles.muted}>
        {suggestion.lastDiscussedOn
          ? t('mdoAgenda.suggestions.lastDiscussed', {
              date: formatDate(suggestion.lastDiscussedOn, i18n.language),
            })
          : t('mdoAgenda.suggestions.neverDiscussed')}
        {suggestion.openActionCount > 0 &&
          ` · ${t('mdoAgenda.suggestions.openActions', { count: suggestion.openActionCount })}`}
      </p>
      <button
        type="button"
        className={buttonClass('secondary')}
        aria-label={t('mdoAgenda.suggestions.acceptLabel', { name })}
        onClick={onAccept}
      >
        {t('mdoAgenda.suggestions.accept')}
      </button>
    </li>
  );
}
