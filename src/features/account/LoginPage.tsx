import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useServices } from '../../providers/ServicesProvider';
import styles from './Account.module.css';
import { LoginForm } from './LoginForm';
import { useServerData } from './useServerData';

/**
 * Inloggen. Before the first run there is nobody to sign in, so the first visit to an empty server opens
 * Instellen instead.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { auth } = useServices();
  const setupStatus = useServerData(null, auth.isSetUp);
  const isNotSetUp = setupStatus.status === 'ready' && !setupStatus.value;
  if (isNotSetUp) return <Navigate to="/instellen" replace />;
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('account.login.title')}</h1>
      <LoginForm />
    </section>
  );
}
