import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITATION_STATUSES, type SpecialistInvitation } from '../../../domain';
import { classNames } from '../../../lib/class-names';
import styles from './SpecialistView.module.css';
import { useAnswerInvitation } from './useAnswerInvitation';

const ANSWERS = [
  { status: 'accepted', key: 'accept' },
  { status: 'declined', key: 'decline' },
] as const satisfies readonly { status: (typeof INVITATION_STATUSES)[number]; key: string }[];

/**
 * The status of one invitation in words, with large Accepteren / Afwijzen buttons. Both stay available
 * (a mistaken tap is undone with the other button); the current answer is marked as pressed. A cancelled
 * meeting asks for no answer.
 */
export function InvitationAnswer({
  invitation,
  subject,
  isCancelled,
}: {
  invitation: SpecialistInvitation;
  /** What it is for, in words: "het hele overleg", "agendapunt J.B.". */
  subject: string;
  /** A cancelled meeting needs no answer: the buttons and "nog niet beantwoord" would only mislead. */
  isCancelled: boolean;
}) {
  const { t } = useTranslation();
  const statusId = useId();
  const { answer, failure } = useAnswerInvitation(invitation.id);
  if (isCancelled) {
    return (
      <p className={styles.invitedFor}>
        {t('mdoSpecialist.invitation.for')} <strong>{subject}</strong>.{' '}
        {t('mdoSpecialist.invitation.noAnswerNeeded')}
      </p>
    );
  }
  return (
    <div
      role="group"
      aria-label={t('mdoSpecialist.invitation.answer', { subject })}
      className={styles.answer}
    >
      <p className={styles.invitedFor}>
        {t('mdoSpecialist.invitation.for')} <strong>{subject}</strong>
      </p>
      <p id={statusId} className={styles.status}>
        {t('mdoSpecialist.invitation.status')}:{' '}
        <strong className={styles[`status-${invitation.status}`]}>
          {t(`mdoSpecialist.invitation.statuses.${invitation.status}`)}
        </strong>
      </p>
      <div className={styles.answerButtons} data-no-print>
        {ANSWERS.map(({ status, key }) => (
          <button
            key={status}
            type="button"
            aria-pressed={invitation.status === status}
            aria-describedby={statusId}
            className={classNames(styles.bigButton, styles[`answer-${status}`])}
            onClick={() => void answer(status)}
          >
            {t(`mdoSpecialist.invitation.${key}`)}
          </button>
        ))}
      </div>
      {failure !== null && (
        <p role="alert" className={styles.error}>
          {t(`mdoSpecialist.invitation.failed.${failure}`)}
        </p>
      )}
    </div>
  );
}
