import { useTranslation } from 'react-i18next';
import { useAccess } from '../../components/useAccess';
import { TwoFactorSettings } from '../account/TwoFactorSettings';
import styles from './SettingsPage.module.css';
import { AdminLinks } from './AdminLinks';
import { DefinitionImport } from './DefinitionImport';
import { LanguageSetting } from './LanguageSetting';
import { LockSetting } from './LockSetting';
import { ReviewIntervalSetting } from './ReviewIntervalSetting';
import { StorageStatus } from './StorageStatus';
import { registerSettingsTexts } from './settings-i18n';

registerSettingsTexts();

/**
 * Instellingen: language, the device lock's idle time, two-factor sign-in, the MDO review interval, beheer (for
 * beheerders), the region's signalling card, storage. Who records is the signed-in account (see the account
 * menu), so there is no name to fill in here. A beheerder-only account works with no patient, so it is not
 * offered the MDO interval.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const { seesPatientData } = useAccess();
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('settings.title')}</h1>
      <LanguageSetting />
      <LockSetting />
      <TwoFactorSettings />
      {seesPatientData && <ReviewIntervalSetting />}
      <AdminLinks />
      <DefinitionImport />
      <StorageStatus />
    </section>
  );
}
