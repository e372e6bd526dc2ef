import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ADVICE_MAX_LENGTH, adviceTextOf, isAdviceOpen, type SpecialistInvitation } from '../../../domain';
import { buttonClass } from '../../../components/button-class';
import styles from './SpecialistView.module.css';
import { useSaveAdvice } from './useSaveAdvice';

/**
 * "Advies specialist PZ": the specialist's advice on the item they are invited to, for the team to read
 * in the meeting, the verslag and the patient's MDO history. Only while the invitation takes advice (not
 * declined, window open); the counter shows the limit before a save is refused.
 */
export function AdviceForm({ invitation, subject }: { invitation: SpecialistInvitation; subject: string }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const countId = useId();
  const [draft, setDraft] = useState(() => adviceTextOf(invitation));
  const [isSaved, setIsSaved] = useState(false);
  const { save, failure } = useSaveAdvice(invitation.id);
  if (!isAdviceOpen(invitation, new Date())) return null;
  const isTooLong = draft.trim().length > ADVICE_MAX_LENGTH;
  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setIsSaved(false);
    if (isTooLong) return;
    setIsSaved(await save(draft));
  };
  const error = isTooLong ? 'tooLong' : failure;
  return (
    <form className={styles.advice} onSubmit={(event) => void onSubmit(event)} data-no-print>
      <label htmlFor={fieldId} className={styles.adviceLabel}>
        {t('mdoSpecialist.advice.label')} <span className={styles.adviceSubject}>({subject})</span>
      </label>
      <textarea
        id={fieldId}
        rows={5}
        value={draft}
        aria-describedby={countId}
        aria-invalid={isTooLong}
        onChange={(event) => {
          setDraft(event.target.value);
          setIsSaved(false);
        }}
      />
      <p id={countId} className={isTooLong ? styles.error : styles.adviceCount}>
        {t('mdoSpecialist.advice.count', { count: draft.trim().length, max: ADVICE_MAX_LENGTH })}
      </p>
      {error !== null && (
        <p role="alert" className={styles.error}>
          {t(`mdoSpecialist.advice.failed.${error}`, { max: ADVICE_MAX_LENGTH })}
        </p>
      )}
      <div>
        <button type="submit" className={buttonClass('primary')}>
          {t('mdoSpecialist.advice.save')}
        </button>{' '}
        {isSaved && <span role="status">{t('mdoSpecialist.advice.saved')}</span>}
      </div>
    </form>
  );
}
