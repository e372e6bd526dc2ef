import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import { InlineConfirm } from '../../components/InlineConfirm';
import styles from './Account.module.css';
import { failureCodeOf } from '../../sync/api-client';
import { FailureMessage } from './FailureMessage';
import { useAccountText } from './useAccountText';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

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
  const [failure, setFailure] = useState<string | null>(null);
  if (!isEnrolled) return <>{t('account.twoFactor.team.off')}</>;

  async function reset(close: () => void) {
    setFailure(null);
    try {
      await auth.resetTwoFactor(userId);
      close();
      onReset();
    } catch (error) {
      setFailure(failureMessage(failureCodeOf(error)));
    }
  }

  return (
    <div className={styles.actions}>
      <span>{t('account.twoFactor.team.on')}</span>
      <InlineConfirm
        layout="inline"
        question={t('account.twoFactor.team.confirm', { name })}
        confirmLabel={t('account.twoFactor.team.confirmReset')}
        cancelLabel={t('account.twoFactor.team.cancel')}
        onConfirm={(close) => void reset(close)}
      >
        {({ ask, triggerRef }) => (
          <button
            ref={triggerRef}
            type="button"
            className={buttonClass('secondary')}
            aria-label={t('account.twoFactor.team.resetFor', { name })}
            onClick={ask}
          >
            {t('account.twoFactor.team.reset')}
          </button>
        )}
      </InlineConfirm>
      {failure && <FailureMessage message={failure} />}
    </div>
  );
}
