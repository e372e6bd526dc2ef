import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import type { SecondFactorChallenge } from '../../domain';
import { isChallenge } from '../../sync/auth-client';
import styles from './Account.module.css';
import { failureCodeOf } from '../../sync/api-client';
import { showFieldIssues } from './account-errors';
import { acceptFormSchema, type AcceptFormValues } from './account-form-schemas';
import { TextField } from './AccountField';
import { FailureMessage } from './FailureMessage';
import { PasswordFields } from './PasswordFields';
import { useAccountText } from './useAccountText';
import { useSignIn } from './useSignIn';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/** Failures after which this invitation cannot be used at all; the page then explains what to do. */
const ENDING_FAILURES = new Set(['invitationNotFound', 'emailTaken']);
const SERVER_FIELDS = ['name', 'password'] as const;

interface AcceptInvitationFormProps {
  token: string;
  /** The name the beheerder typed; the invitee may correct it. */
  invitedName: string;
  onEnded: (code: string) => void;
  /** The account was made but must set up its second factor before it is signed in. */
  onChallenge: (challenge: SecondFactorChallenge, password: string) => void;
}

/** Naam, wachtwoord and wachtwoord herhalen; creates the account and signs in. */
export function AcceptInvitationForm({
  token,
  invitedName,
  onEnded,
  onChallenge,
}: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const { auth } = useServices();
  const signIn = useSignIn();
  const { failureMessage } = useAccountText();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<
    AcceptFormValues,
    unknown,
    { name: string; password: string; passwordRepeat: string }
  >({
    defaultValues: { name: invitedName, password: '', passwordRepeat: '' },
    resolver: zodResolver(acceptFormSchema),
    mode: 'onTouched',
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async ({ name, password }) => {
    setFailure(null);
    try {
      const answer = await auth.acceptInvitation({ token, name, password });
      if (isChallenge(answer)) onChallenge(answer, password);
      else await signIn(answer, password);
    } catch (error) {
      const code = failureCodeOf(error);
      if (ENDING_FAILURES.has(code)) onEnded(code);
      else if (!showFieldIssues(error, SERVER_FIELDS, setError))
        setFailure(failureMessage(code, 'invitation'));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={styles.form}>
      <TextField
        label={t('account.fields.ownName')}
        registration={register('name')}
        errorCode={errors.name?.message}
        autoComplete="name"
      />
      <PasswordFields
        password={register('password')}
        passwordRepeat={register('passwordRepeat')}
        passwordError={errors.password?.message}
        passwordRepeatError={errors.passwordRepeat?.message}
      />
      {failure && <FailureMessage message={failure} />}
      <div className={styles.actions}>
        <button type="submit" className={buttonClass()} disabled={isSubmitting}>
          {t('account.invitation.submit')}
        </button>
      </div>
    </form>
  );
}
