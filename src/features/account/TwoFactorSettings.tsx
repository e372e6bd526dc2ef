import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import { useAccess } from '../../components/useAccess';
import type { TwoFactorStatus } from '../../domain';
import styles from './Account.module.css';
import { FailureMessage } from './FailureMessage';
import { PracticeTwoFactorSetting } from './PracticeTwoFactorSetting';
import { RecoveryCodes } from './RecoveryCodes';
import { SecondFactorForm } from './SecondFactorForm';
import { TwoFactorEnrolment } from './TwoFactorEnrolment';
import { useAccountText } from './useAccountText';
import { useServerData } from '../../components/useServerData';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/**
 * Instellingen → Tweestapsverificatie: set it up (or again, for a new phone), confirm this session with a
 * code (beheer and the audit log need that), and for a beheerder the practice-wide setting.
 */
export function TwoFactorSettings() {
  const { t } = useTranslation();
  const { auth } = useServices();
  const { isBeheerder } = useAccess();
  const { failureMessage } = useAccountText();
  const [version, setVersion] = useState(0);
  const status = useServerData(version, auth.twoFactorStatus);
  const [isEnrolling, setEnrolling] = useState(false);
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const reload = () => {
    setVersion((current) => current + 1);
  };

  return (
    <section aria-labelledby="two-factor-title" className={styles.card}>
      <h2 id="two-factor-title">{t('account.twoFactor.title')}</h2>
      {status.status === 'loading' && <p role="status">{t('account.twoFactor.settings.loading')}</p>}
      {/* Instellingen is used offline too: there, a plain note instead of an alert on every visit. */}
      {status.status === 'failed' &&
        (status.code === 'offline' ? (
          <p>{t('account.twoFactor.settings.offline')}</p>
        ) : (
          <FailureMessage message={failureMessage(status.code)} />
        ))}
      {codes ? (
        <RecoveryCodes
          codes={codes}
          onDone={() => {
            setCodes(null);
          }}
        />
      ) : (
        status.status === 'ready' && (
          <>
            <StatusText status={status.value} />
            {isEnrolling || !status.value.isEnrolled ? (
              <TwoFactorEnrolment
                onConfirmed={(done) => {
                  setEnrolling(false);
                  setCodes(done.recoveryCodes);
                  reload();
                }}
              />
            ) : status.value.isGivenThisSession ? (
              <div className={styles.actions}>
                <button
                  type="button"
                  className={buttonClass('secondary')}
                  onClick={() => {
                    setEnrolling(true);
                  }}
                >
                  {t('account.twoFactor.settings.again')}
                </button>
              </div>
            ) : (
              <SecondFactorForm onSignedIn={reload} />
            )}
            {isBeheerder && status.value.isGivenThisSession && <PracticeTwoFactorSetting />}
          </>
        )
      )}
    </section>
  );
}

function StatusText({ status }: { status: TwoFactorStatus }) {
  const { t } = useTranslation();
  if (!status.isEnrolled)
    return (
      <p>
        {t(status.isRequired ? 'account.twoFactor.settings.requiredOff' : 'account.twoFactor.settings.off')}
      </p>
    );
  return (
    <p>
      {t('account.twoFactor.settings.on', { count: status.recoveryCodesLeft })}{' '}
      {!status.isGivenThisSession && t('account.twoFactor.settings.confirmSession')}
    </p>
  );
}
