import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import styles from './Account.module.css';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/** The ten recovery codes, shown this once (the server keeps only their hashes), with a clear warning. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="recovery-title" className={styles.card}>
      <h2 id="recovery-title">{t('account.twoFactor.recovery.title')}</h2>
      <p role="alert" className={styles.notice}>
        {t('account.twoFactor.recovery.warning')}
      </p>
      <ul className={styles.recoveryCodes} aria-label={t('account.twoFactor.recovery.title')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className={styles.actions}>
        <button type="button" className={buttonClass()} onClick={onDone}>
          {t('account.twoFactor.recovery.done')}
        </button>
      </div>
    </section>
  );
}
