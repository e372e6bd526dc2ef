import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { buttonClass } from '../../../components/button-class';
import { FormField } from '../../../components/FormField';
import { failureKey, issueCodeOf } from '../../../components/write-errors';
import { cancelMeeting } from '../../../db';
import styles from './Meetings.module.css';
import { useMeetingText } from './useMeetingText';

/**
 * Cancels a meeting with a reason that everyone invited sees. A reason is asked for: "geannuleerd" alone
 * leaves the specialist and the team guessing.
 */
export function CancelMeetingDialog({
  meetingId,
  onClose,
}: {
  meetingId: string;
  onClose: (isCancelled: boolean) => void;
}) {
  const { t } = useTranslation();
  const text = useMeetingText();
  const db = useDatabase();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [errorCode, setErrorCode] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setErrorCode('cancelReason.required');
      return;
    }
    setIsBusy(true);
    const result = await cancelMeeting(db, meetingId, reason, new Date());
    setIsBusy(false);
    if (result.ok) {
      // Unmounting closes the modal dialog; its close event would report "not cancelled".
      onClose(true);
    } else if (result.error.kind === 'invalid') {
      setErrorCode(issueCodeOf(result.error.issues, 'cancelReason') ?? 'invalid');
    } else {
      setFormError(t(failureKey(result.error.kind, 'mdoMeetings.errors.notFound')));
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-labelledby="cancel-meeting-title"
      onClose={() => {
        onClose(false);
      }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate className={styles.dialogForm}>
        <h2 id="cancel-meeting-title">{t('mdoMeetings.cancel.title')}</h2>
        <p>{t('mdoMeetings.cancel.intro')}</p>
        {formError && (
          <p role="alert" className={styles.error}>
            {formError}
          </p>
        )}
        <FormField
          label={t('mdoMeetings.cancel.reason')}
          hint={t('mdoMeetings.cancel.reasonHint')}
          isRequired
          errorCode={errorCode}
          errorMessage={errorCode === undefined ? undefined : text.issue(errorCode)}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                setErrorCode(undefined);
              }}
            />
          )}
        </FormField>
        <div className={styles.actions}>
          <button type="submit" className={buttonClass('danger')} disabled={isBusy}>
            {t('mdoMeetings.cancel.confirm')}
          </button>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => {
              dialogRef.current?.close();
            }}
          >
            {t('mdoMeetings.cancel.back')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
