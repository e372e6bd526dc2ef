import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ageOn, listName, registerStatusOf, type IsoDate, type SuggestionReason } from '../../domain';
import type { RegisterRow } from '../../db';
import { formatDate } from '../../lib/format';
import styles from './PatientList.module.css';
import { StatusBadge } from './StatusBadge';

interface PatientRowProps {
  patient: RegisterRow;
  /** Position in the whole list (0-based); the header is row 1 for assistive technology. */
  index: number;
  top: number;
  height: number;
  today: IsoDate;
  hasNewSignals: boolean;
  /** Why a marking conversation is suggested; only shown for living, unmarked patients. */
  suggestion: readonly SuggestionReason[] | undefined;
  /** What tells this patient apart from another with the same name and birth date, in words. */
  distinction: string | undefined;
}

/**
 * One register row. Memoised: while scrolling, rows that stay in view are not rendered again, which keeps
 * every scroll frame short on a slow tablet.
 */
export const PatientRow = memo(function PatientRow({
  patient,
  index,
  top,
  height,
  today,
  hasNewSignals,
  suggestion,
  distinction,
}: PatientRowProps) {
  const { t, i18n } = useTranslation();
  const status = registerStatusOf(patient);
  const isUnmarked = status === 'active';
  // A POH marks only namens a huisarts: the register says whose decision the marking is.
  const isMarked = status === 'marked';
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={styles.row}
      style={{ transform: `translateY(${String(top)}px)`, height }}
    >
      <span role="cell" className={styles.name}>
        <Link to={`/patienten/${patient.id}`}>
          <span className={styles.nameText}>{listName(patient)}</span>
          {distinction && (
            <>
              {/* A pause for screen readers: the two lines are one link name. */}
              <span className="visually-hidden">, </span>
              <span className={styles.distinction}>{distinction}</span>
            </>
          )}
        </Link>
      </span>
      <span role="cell">
        {formatDate(patient.birthDate, i18n.language)}{' '}
        <span className={styles.muted}>
          {t('patient.age', { count: ageOn(patient.birthDate, patient.deathDate ?? today) })}
        </span>
      </span>
      <span role="cell" className={styles.status}>
        <StatusBadge patient={patient} />
        {isUnmarked && suggestion && (
          <span className={styles.signal}>
            {t('register.suggestion', {
              reasons: suggestion.map((reason) => t(`register.reasons.${reason}`)).join(', '),
            })}
          </span>
        )}
        {isUnmarked && !suggestion && hasNewSignals && (
          <span className={styles.signal}>{t('register.signals')}</span>
        )}
        {isMarked && patient.markingOnBehalfOf && (
          <span className={styles.onBehalf}>
            {t('register.markedOnBehalf', { name: patient.markingOnBehalfOf.name })}
          </span>
        )}
      </span>
      <span role="cell" className={styles.wide}>
        {patient.treatingGp}
      </span>
      <span role="cell" className={styles.wide}>
        {patient.diagnosisText}
      </span>
    </div>
  );
});
