import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useServices } from '../../app/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import styles from './Account.module.css';
import { LoginForm } from './LoginForm';
import { useServerData } from './useServerData';

/** Inloggen. Before the first run there is nobody to sign in, so the page points to Instellen instead. */
export function LoginPage() {
  const { t } = useTranslation();
  const { auth } = useServices();
  const setupStatus = useServerData(null, auth.isSetUp);
  const isNotSetUp = setupStatus.status === 'ready' && !setupStatus.value;
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('account.login.title')}</h1>
      {isNotSetUp ? (
        <>
          <p role="status">{t('account.login.notSetUp')}</p>
          <p>
            <Link to="/instellen" className={buttonClass()}>
              {t('account.login.toSetup')}
            </Link>
          </p>
        </>
      ) : (
        <LoginForm />
      )}
    </section>
  );
}
