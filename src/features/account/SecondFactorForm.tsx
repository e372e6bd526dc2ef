import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import { recoveryCodeSchema, totpCodeSchema, type SessionInfo } from '../../domain';
import styles from './Account.module.css';
import { failureCodeOf } from '../../sync/api-client';
import { CodeField } from './CodeField';
import { FailureMessage } from './FailureMessage';
import { FIELD_FAILURES, formatIssueOf } from './two-factor-errors';
import { useAccountText } from './useAccountText';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/** The second sign-in step: "Code uit uw authenticator-app", or a recovery code instead. */
export function SecondFactorForm({ onSignedIn }: { onSignedIn: (session: SessionInfo) => void }) {
  const { t } = useTranslation();
  const { auth } = useServices();
  const { failureMessage } = useAccountText();
  const [kind, setKind] = useState<'code' | 'recoveryCode'>('code');
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const issue = formatIssueOf(kind === 'code' ? totpCodeSchema : recoveryCodeSchema, value);
    setFieldError(issue);
    if (issue) return;
    setBusy(true);
    try {
      onSignedIn(await auth.verifySecondFactor(kind === 'code' ? { code: value } : { recoveryCode: value }));
    } catch (error) {
      const code = failureCodeOf(error);
      if (FIELD_FAILURES.has(code)) setFieldError(`twoFactor.${code}`);
      else setFailure(failureMessage(code, 'login'));
    } finally {
      setBusy(false);
    }
  }

  function switchKind() {
    setKind(kind === 'code' ? 'recoveryCode' : 'code');
    setValue('');
    setFieldError(undefined);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={styles.form}>
      <p>
        {t(kind === 'code' ? 'account.twoFactor.verify.intro' : 'account.twoFactor.verify.recoveryIntro')}
      </p>
      <CodeField
        key={kind}
        kind={kind}
        label={t(kind === 'code' ? 'account.twoFactor.fields.code' : 'account.twoFactor.fields.recoveryCode')}
        value={value}
        onChange={setValue}
        errorCode={fieldError}
      />
      {failure && <FailureMessage message={failure} />}
      <div className={styles.actions}>
        <button type="submit" className={buttonClass()} disabled={isBusy}>
          {t('account.twoFactor.verify.submit')}
        </button>
        <button type="button" className={buttonClass('secondary')} onClick={switchKind}>
          {t(kind === 'code' ? 'account.twoFactor.verify.useRecovery' : 'account.twoFactor.verify.useCode')}
        </button>
      </div>
    </form>
  );
}
