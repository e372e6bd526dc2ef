import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import { totpCodeSchema, type EnrolmentDone, type EnrolmentStart } from '../../domain';
import { formatDateTime } from '../../lib/format';
import styles from './Account.module.css';
import { failureCodeOf } from '../../sync/api-client';
import { CodeField } from './CodeField';
import { EnrolmentQrCode } from './EnrolmentQrCode';
import { FailureMessage } from './FailureMessage';
import { FIELD_FAILURES, formatIssueOf } from './two-factor-errors';
import { useAccountText } from './useAccountText';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/**
 * Setting up the authenticator app: a new secret as QR code and as text, then the first code confirms it.
 * Started by a button, not on opening, so a page shown twice never makes two secrets.
 */
export function TwoFactorEnrolment({ onConfirmed }: { onConfirmed: (done: EnrolmentDone) => void }) {
  const { t, i18n } = useTranslation();
  const { auth } = useServices();
  const { failureMessage } = useAccountText();
  const [started, setStarted] = useState<EnrolmentStart | null>(null);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function start() {
    setFailure(null);
    setFieldError(undefined);
    setCode('');
    setBusy(true);
    try {
      setStarted(await auth.startEnrolment());
    } catch (error) {
      setFailure(failureMessage(failureCodeOf(error), 'login'));
    } finally {
      setBusy(false);
    }
  }

  async function confirm(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const issue = formatIssueOf(totpCodeSchema, code);
    setFieldError(issue);
    if (issue) return;
    setBusy(true);
    try {
      onConfirmed(await auth.confirmEnrolment(code));
    } catch (error) {
      const failed = failureCodeOf(error);
      if (FIELD_FAILURES.has(failed)) setFieldError(`twoFactor.${failed}`);
      else setFailure(failureMessage(failed, 'login'));
    } finally {
      setBusy(false);
    }
  }

  if (!started)
    return (
      <div className={styles.form}>
        <p>{t('account.twoFactor.enrol.intro')}</p>
        {failure && <FailureMessage message={failure} />}
        <div className={styles.actions}>
          <button type="button" className={buttonClass()} disabled={isBusy} onClick={() => void start()}>
            {t('account.twoFactor.enrol.start')}
          </button>
        </div>
      </div>
    );
  return (
    <form onSubmit={(event) => void confirm(event)} noValidate className={styles.form}>
      <p>{t('account.twoFactor.enrol.scan')}</p>
      <EnrolmentQrCode uri={started.uri} />
      <p>{t('account.twoFactor.enrol.manual')}</p>
      <p className={styles.secret} aria-label={t('account.twoFactor.enrol.secretLabel')}>
        {started.secret.replace(/(.{4})/g, '$1 ').trim()}
      </p>
      <CodeField
        kind="code"
        label={t('account.twoFactor.fields.code')}
        hint={t('account.twoFactor.enrol.codeHint', {
          time: formatDateTime(started.expiresAt, i18n.language),
        })}
        value={code}
        onChange={setCode}
        errorCode={fieldError}
      />
      {failure && <FailureMessage message={failure} />}
      <div className={styles.actions}>
        <button type="submit" className={buttonClass()} disabled={isBusy}>
          {t('account.twoFactor.enrol.confirm')}
        </button>
        <button
          type="button"
          className={buttonClass('secondary')}
          disabled={isBusy}
          onClick={() => void start()}
        >
          {t('account.twoFactor.enrol.restart')}
        </button>
      </div>
    </form>
  );
}
