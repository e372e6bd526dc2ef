import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../../components/button-class';
import type { AgendaSuggestion } from '../../../domain';
import { formatDate } from '../../../lib/format';
import styles from './AgendaBuilder.module.css';
import { refusalKey } from './refusal-key';
import { SuggestionRow } from './SuggestionRow';
import type { AgendaWrites } from './useAgendaWrites';
import { useAgendaSuggestions } from './useAgendaSuggestions';

interface SuggestionListProps {
  meetingId: string;
  /** Patients on the agenda now; left out at once, before the suggestion itself is read again. */
  onAgenda: ReadonlySet<string>;
  add: AgendaWrites['add'];
  announce: (message: string) => void;
}

/** Voorgestelde patiënten: the register's suggestion for this meeting, to accept one by one or all at once. */
export function SuggestionList({ meetingId, onAgenda, add, announce }: SuggestionListProps) {
  const { t, i18n } = useTranslation();
  const data = useAgendaSuggestions(meetingId);
  const suggestions = data?.suggestions.filter((suggestion) => !onAgenda.has(suggestion.patientId)) ?? [];
  const accept = async (suggestions: readonly AgendaSuggestion[]) => {
    const result = await add(suggestions.map((s) => ({ patientId: s.patientId, reasons: s.reasons })));
    const key = refusalKey(result);
    announce(key ? t(key) : t('mdoAgenda.suggestions.accepted', { count: suggestions.length }));
  };
  return (
    <section aria-labelledby="suggestions-title" className={styles.card}>
      <h2 id="suggestions-title">{t('mdoAgenda.suggestions.title')}</h2>
      {data === undefined ? (
        <p role="status">{t('mdoAgenda.loading')}</p>
      ) : (
        <>
          <p className={styles.muted}>
            {data.previousMeetingDate
              ? t('mdoAgenda.suggestions.since', {
                  date: formatDate(data.previousMeetingDate, i18n.language),
                })
              : t('mdoAgenda.suggestions.first', { count: data.reviewIntervalWeeks })}{' '}
            {t('mdoAgenda.suggestions.interval', { count: data.reviewIntervalWeeks })}{' '}
            <Link to="/instellingen">{t('mdoAgenda.suggestions.settingsLink')}</Link>
          </p>
          {suggestions.length === 0 ? (
            <p>{t('mdoAgenda.suggestions.empty')}</p>
          ) : (
            <>
              <button type="button" className={buttonClass()} onClick={() => void accept(suggestions)}>
                {t('mdoAgenda.suggestions.acceptAll', { count: suggestions.length })}
              </button>
              <ul className={styles.list}>
                {suggestions.flatMap((suggestion) => {
                  const patient = data.patients.get(suggestion.patientId);
                  return patient
                    ? [
                        <SuggestionRow
                          key={suggestion.patientId}
                          suggestion={suggestion}
                          patient={patient}
                          onAccept={() => void accept([suggestion])}
                        />,
                      ]
                    : [];
                })}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
