import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import styles from './Account.module.css';
import { failureCodeOf } from '../../sync/api-client';
import { FailureMessage } from './FailureMessage';
import { useAccountText } from './useAccountText';

/**
 * A member's second factor in the team list: whether it is set up, and for a lost phone a reset that asks
 * for confirmation first (it also signs the member out everywhere).
 */
export function TwoFactorReset({
  userId,
  name,
  isEnrolled,
  onReset,
}: {
  userId: string;
  name: string;
  isEnrolled: boolean;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const { auth } = useServices();
  const { failureMessage } = useAccountText();
  const [isConfirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!isEnrolled) return <>{t('account.twoFactor.team.off')}</>;

  async function reset() {
    setFailure(null);
    try {
      await auth.resetTwoFactor(userId);
      setConfirming(false);
      onReset();
    } catch (error) {
      setFailure(failureMessage(failureCodeOf(error)));
    }
  }

  return (
    <div className={styles.actions}>
      <span>{t('account.twoFactor.team.on')}</span>
      {isConfirming ? (
        <>
          <span>{t('account.twoFactor.team.confirm', { name })}</span>
          <button type="button" className={buttonClass('danger')} onClick={() => void reset()}>
            {t('account.twoFactor.team.confirmReset')}
          </button>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => {
              setConfirming(false);
            }}
          >
            {t('account.twoFactor.team.cancel')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className={buttonClass('secondary')}
          aria-label={t('account.twoFactor.team.resetFor', { name })}
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('account.twoFactor.team.reset')}
        </button>
      )}
      {failure && <FailureMessage message={failure} />}
    </div>
  );
}
