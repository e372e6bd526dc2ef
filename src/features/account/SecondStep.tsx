import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentDone, SecondFactorChallenge, SessionInfo } from '../../domain';
import styles from './Account.module.css';
import { RecoveryCodes } from './RecoveryCodes';
import { SecondFactorForm } from './SecondFactorForm';
import { TwoFactorEnrolment } from './TwoFactorEnrolment';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/**
 * After a correct password, when a second factor is due: the code (or a recovery code), or, for an account
 * that must have one but has none yet, setting it up right here, then its recovery codes, then the app.
 */
export function SecondStep({
  challenge,
  onSignedIn,
}: {
  challenge: SecondFactorChallenge;
  onSignedIn: (session: SessionInfo) => void;
}) {
  const { t } = useTranslation();
  const [done, setDone] = useState<EnrolmentDone | null>(null);
  if (challenge.step === 'verify') return <SecondFactorForm onSignedIn={onSignedIn} />;
  if (done?.session) {
    const { session } = done;
    return (
      <RecoveryCodes
        codes={done.recoveryCodes}
        onDone={() => {
          onSignedIn(session);
        }}
      />
    );
  }
  return (
    <div className={styles.form}>
      <p className={styles.notice}>{t('account.twoFactor.enrol.required')}</p>
      <TwoFactorEnrolment onConfirmed={setDone} />
    </div>
  );
}
