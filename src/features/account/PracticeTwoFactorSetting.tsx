import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../providers/ServicesProvider';
import type { PracticeSettings } from '../../domain';
import styles from './Account.module.css';
import { failureCodeOf } from '../../sync/api-client';
import { FailureMessage } from './FailureMessage';
import { useAccountText } from './useAccountText';
import { useServerData } from '../../components/useServerData';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/** The beheerder's switch "Tweestapsverificatie verplicht voor iedereen" (default off); saved at once. */
export function PracticeTwoFactorSetting() {
  const { t } = useTranslation();
  const { auth } = useServices();
  const { failureMessage } = useAccountText();
  const loaded = useServerData(null, auth.practiceSettings);
  const [saved, setSaved] = useState<PracticeSettings | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const settings = saved ?? (loaded.status === 'ready' ? loaded.value : null);
  if (!settings) return null;

  async function change(requiresTwoFactor: boolean) {
    setFailure(null);
    try {
      setSaved(await auth.savePracticeSettings({ requiresTwoFactor }));
    } catch (error) {
      setFailure(failureMessage(failureCodeOf(error)));
    }
  }

  return (
    <div className={styles.checkField}>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={settings.requiresTwoFactor}
          onChange={(event) => void change(event.target.checked)}
        />
        {t('account.twoFactor.practice.label')}
      </label>
      <span className={styles.hint}>{t('account.twoFactor.practice.hint')}</span>
      {failure && <FailureMessage message={failure} />}
    </div>
  );
}
