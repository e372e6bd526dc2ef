import { memo } from 'react';
import { ageOn, listName, registerStatusOf, type IsoDate, type SuggestionReason } from '../../domain';
import type { RegisterRow } from '../../db';
import styles from './PatientList.module.css';
import type { RegisterRowTexts } from './row-texts';
import { StatusBadgeView } from './StatusBadge';

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
  /** The link to the patient; the list follows it in the app (patient-links.ts). */
  href: string;
  texts: RegisterRowTexts;
}

/**
 * One register row. Memoised: while scrolling, rows that stay in view are not rendered again, which keeps
 * every scroll frame short on a slow tablet. A scroll step of a screen or more mounts a screenful of rows,
 * so a row asks nothing of its own: its words come from the list (row-texts.ts) and its link is a plain
 * one the list follows (patient-links.ts).
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
  href,
  texts,
}: PatientRowProps) {
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
        <a href={href} data-patient-link={patient.id}>
          <span className={styles.nameText}>{listName(patient)}</span>
          {distinction && (
            <>
              {/* A pause for screen readers: the two lines are one link name. */}
              <span className="visually-hidden">, </span>
              <span className={styles.distinction}>{distinction}</span>
            </>
          )}
        </a>
      </span>
      <span role="cell">
        {texts.date(patient.birthDate)}{' '}
        <span className={styles.muted}>
          {texts.age(ageOn(patient.birthDate, patient.deathDate ?? today))}
        </span>
      </span>
      <span role="cell" className={styles.status}>
        <StatusBadgeView patient={patient} texts={texts.status(patient)} />
        {isUnmarked && suggestion && <span className={styles.signal}>{texts.suggestion(suggestion)}</span>}
        {isUnmarked && !suggestion && hasNewSignals && (
          <span className={styles.signal}>{texts.newSignals}</span>
        )}
        {isMarked && patient.markingOnBehalfOf && (
          <span className={styles.onBehalf}>{texts.markedOnBehalf(patient.markingOnBehalfOf.name)}</span>
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
