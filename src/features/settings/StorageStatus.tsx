import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { formatBytes } from '../../lib/format';
import styles from './SettingsPage.module.css';
import { useStorageState } from './useStorageState';
import { registerSettingsTexts } from './settings-i18n';

registerSettingsTexts();

/** Whether the browser keeps this device's data, and how much room is used and left. */
export function StorageStatus() {
  const { t, i18n } = useTranslation();
  const { state, refresh } = useStorageState();
  const bytes = (value: number | null | undefined) =>
    value === null || value === undefined ? t('settings.storage.unknown') : formatBytes(value, i18n.language);
  const persisted =
    state?.isPersisted === true
      ? t('settings.storage.persisted')
      : state?.isPersisted === false
        ? t('settings.storage.notPersisted')
        : t('settings.storage.unknown');

  return (
    <section aria-labelledby="storage-title" className={styles.card}>
      <h2 id="storage-title">{t('settings.storage.title')}</h2>
      <dl className={styles.facts}>
        <dt>{t('settings.storage.persistence')}</dt>
        <dd>{persisted}</dd>
        <dt>{t('settings.storage.used')}</dt>
        <dd>{bytes(state?.usedBytes)}</dd>
        <dt>{t('settings.storage.available')}</dt>
        <dd>{bytes(state?.availableBytes)}</dd>
      </dl>
      {state?.isPersisted === false && <p>{t('settings.storage.notPersistedHelp')}</p>}
      <button type="button" className={buttonClass('secondary')} onClick={refresh}>
        {t('settings.storage.refresh')}
      </button>
    </section>
  );
}
