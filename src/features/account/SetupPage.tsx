import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useServices } from '../../providers/ServicesProvider';
import styles from './Account.module.css';
import { FailureMessage } from './FailureMessage';
import { SetupForm } from './SetupForm';
import { useServerData } from '../../components/useServerData';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/** Instellen: the first run creates the practice and its first beheerder, who is then signed in. */
export function SetupPage() {
  const { t } = useTranslation();
  const { auth } = useServices();
  const setupStatus = useServerData(null, auth.isSetUp);
  const [isRefused, setIsRefused] = useState(false);
  const isAlreadySetUp = isRefused || (setupStatus.status === 'ready' && setupStatus.value);
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('account.setup.title')}</h1>
      {isAlreadySetUp ? (
        <FailureMessage message={t('account.failures.alreadySetUp')}>
          <Link to="/inloggen">{t('account.setup.toLogin')}</Link>
        </FailureMessage>
      ) : (
        <>
          <p>{t('account.setup.intro')}</p>
          <SetupForm
            onAlreadySetUp={() => {
              setIsRefused(true);
            }}
          />
        </>
      )}
    </section>
  );
}
