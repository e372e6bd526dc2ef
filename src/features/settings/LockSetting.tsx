import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { useSessionStore } from '../../state/session-store';
import { useLockStore } from '../../state/lock-store';
import { defaultIdleMinutes, idleMinuteOptions, idleSecondsFor } from '../lock/idle-time';
import styles from './SettingsPage.module.css';
import { registerLockSettingTexts } from './lock-setting-i18n';

registerLockSettingTexts();

/** Instellingen: after how long without activity this device locks (within the account's bounds). */
export function LockSetting() {
  const { t } = useTranslation();
  const id = useId();
  const isSharedDevice = useSessionStore((state) => state.session?.user.isSharedDevice ?? false);
  const chosenSeconds = useLockStore((state) => state.idleSeconds);
  const setIdleSeconds = useLockStore((state) => state.setIdleSeconds);
  const current = idleSecondsFor(isSharedDevice, chosenSeconds);
  const defaultMinutes = defaultIdleMinutes(isSharedDevice);
  const options = idleMinuteOptions(isSharedDevice).map((minutes) => minutes * 60);
  // A time set outside the offered minutes (a test's few seconds) stays visible as it is.
  if (!options.includes(current)) options.unshift(current);
  const labelOf = (seconds: number) => {
    const label =
      seconds % 60 === 0
        ? t('lockSetting.minutes', { count: seconds / 60 })
        : t('lockSetting.seconds', { count: seconds });
    return seconds === defaultMinutes * 60 ? t('lockSetting.default', { label }) : label;
  };
  return (
    <section aria-labelledby={id} className={styles.card}>
      <h2 id={id}>{t('lockSetting.title')}</h2>
      <FormField label={t('lockSetting.label')} hint={t('lockSetting.hint')}>
        {(control) => (
          <select
            {...control}
            value={current}
            onChange={(event) => {
              const seconds = Number(event.target.value);
              setIdleSeconds(seconds === defaultMinutes * 60 ? null : seconds);
            }}
          >
            {options.map((seconds) => (
              <option key={seconds} value={seconds}>
                {labelOf(seconds)}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </section>
  );
}
