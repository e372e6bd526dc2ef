import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import { loginRequestSchema, type LoginRequest, type SecondFactorChallenge } from '../../domain';
import { isChallenge } from '../../sync/auth-client';
import styles from './Account.module.css';
import { failureCodeOf } from '../../sync/api-client';
import { showFieldIssues } from './account-errors';
import { TextField } from './AccountField';
import { FailureMessage } from './FailureMessage';
import { useAccountText } from './useAccountText';
import { useSignIn } from './useSignIn';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

const FIELDS = ['email', 'password'] as const;

/** Where the app sent someone to sign in from (AppShell passes `{ from }`); the start page for their role otherwise. */
function returnPathOf(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/**
 * E-mail and password; a refusal is explained in Dutch next to the form. When a second factor is due,
 * `onChallenge` takes over with the returning path and the accepted password (the key vault opens with it
 * once the second step is done).
 */
export function LoginForm({
  onChallenge,
}: {
  onChallenge: (challenge: SecondFactorChallenge, returnPath: string, password: string) => void;
}) {
  const { t } = useTranslation();
  const { auth } = useServices();
  const location = useLocation();
  const signIn = useSignIn();
  const { failureMessage } = useAccountText();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<LoginRequest>({
    defaultValues: { email: '', password: '' },
    resolver: zodResolver(loginRequestSchema),
    mode: 'onTouched',
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (request) => {
    setFailure(null);
    try {
      const answer = await auth.login(request);
      if (isChallenge(answer)) onChallenge(answer, returnPathOf(location.state), request.password);
      else await signIn(answer, request.password, returnPathOf(location.state));
    } catch (error) {
      if (!showFieldIssues(error, FIELDS, setError))
        setFailure(failureMessage(failureCodeOf(error), 'login'));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={styles.form}>
      <TextField
        label={t('account.fields.email')}
        registration={register('email')}
        errorCode={errors.email?.message}
        type="email"
        autoComplete="username"
      />
      <TextField
        label={t('account.fields.password')}
        registration={register('password')}
        errorCode={errors.password?.message}
        type="password"
        autoComplete="current-password"
      />
      {failure && <FailureMessage message={failure} />}
      <div className={styles.actions}>
        <button type="submit" className={buttonClass()} disabled={isSubmitting}>
          {t('account.login.submit')}
        </button>
      </div>
    </form>
  );
}
