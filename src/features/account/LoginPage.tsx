import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useServices } from '../../providers/ServicesProvider';
import styles from './Account.module.css';
import type { SecondFactorChallenge } from '../../domain';
import { LoginForm } from './LoginForm';
import { SecondStep } from './SecondStep';
import { useSignIn } from './useSignIn';
import { useServerData } from '../../components/useServerData';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/**
 * Inloggen. Before the first run there is nobody to sign in, so the first visit to an empty server opens
 * Instellen instead. A correct password may be followed by the second step (a code, or enrolment).
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { auth } = useServices();
  const signIn = useSignIn();
  const setupStatus = useServerData(null, auth.isSetUp);
  // The password stays in memory only until the second step is done: the key vault opens with it.
  const [pending, setPending] = useState<{
    challenge: SecondFactorChallenge;
    returnPath: string;
    password: string;
  } | null>(null);
  const isNotSetUp = setupStatus.status === 'ready' && !setupStatus.value;
  if (isNotSetUp) return <Navigate to="/instellen" replace />;
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t(pending ? 'account.twoFactor.title' : 'account.login.title')}</h1>
      {pending ? (
        <SecondStep
          challenge={pending.challenge}
          onSignedIn={(session) => {
            void signIn(session, pending.password, pending.returnPath);
          }}
        />
      ) : (
        <LoginForm
          onChallenge={(challenge, returnPath, password) => {
            setPending({ challenge, returnPath, password });
          }}
        />
      )}
    </section>
  );
}
