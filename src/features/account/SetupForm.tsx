import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import { CLINICAL_ROLES, type SetupRequest } from '../../domain';
import styles from './Account.module.css';
import { failureCodeOf } from '../../sync/api-client';
import { showFieldIssues } from './account-errors';
import { NO_CLINICAL_ROLE, setupFormSchema, type SetupFormValues } from './account-form-schemas';
import { AccountField, TextField } from './AccountField';
import { FailureMessage } from './FailureMessage';
import { PasswordFields } from './PasswordFields';
import { useAccountText } from './useAccountText';
import { useSignIn } from './useSignIn';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

const EMPTY: SetupFormValues = {
  practiceName: '',
  name: '',
  email: '',
  clinicalRole: '' as SetupFormValues['clinicalRole'],
  password: '',
  passwordRepeat: '',
};
const SERVER_FIELDS = ['practiceName', 'name', 'email', 'password'] as const;

/** Praktijknaam, uw naam, e-mailadres and a password typed twice; sets Tijdig up and signs in. */
export function SetupForm({ onAlreadySetUp }: { onAlreadySetUp: () => void }) {
  const { t } = useTranslation();
  const { auth } = useServices();
  const signIn = useSignIn();
  const { failureMessage } = useAccountText();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<
    SetupFormValues,
    unknown,
    SetupRequest & { passwordRepeat: string }
  >({ defaultValues: EMPTY, resolver: zodResolver(setupFormSchema), mode: 'onTouched' });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async ({ passwordRepeat, ...request }) => {
    setFailure(null);
    try {
      await signIn(await auth.setUp(request), request.password);
    } catch (error) {
      const code = failureCodeOf(error);
      if (code === 'alreadySetUp') onAlreadySetUp();
      else if (!showFieldIssues(error, SERVER_FIELDS, setError)) setFailure(failureMessage(code, 'setup'));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={styles.form}>
      <TextField
        label={t('account.fields.practiceName')}
        registration={register('practiceName')}
        errorCode={errors.practiceName?.message}
        autoComplete="organization"
      />
      <TextField
        label={t('account.fields.ownName')}
        registration={register('name')}
        errorCode={errors.name?.message}
        autoComplete="name"
      />
      <TextField
        label={t('account.fields.email')}
        registration={register('email')}
        errorCode={errors.email?.message}
        type="email"
        autoComplete="email"
      />
      <AccountField
        label={t('account.fields.clinicalRole')}
        hint={t('account.hints.clinicalRole')}
        errorCode={errors.clinicalRole?.message}
        isRequired
      >
        {(control) => (
          <select {...control} {...register('clinicalRole')}>
            <option value="">{t('form.choose')}</option>
            {CLINICAL_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`account.roles.${role}`)}
              </option>
            ))}
            <option value={NO_CLINICAL_ROLE}>{t('account.setup.noClinicalRole')}</option>
          </select>
        )}
      </AccountField>
      <PasswordFields
        password={register('password')}
        passwordRepeat={register('passwordRepeat')}
        passwordError={errors.password?.message}
        passwordRepeatError={errors.passwordRepeat?.message}
      />
      {failure && <FailureMessage message={failure} />}
      <div className={styles.actions}>
        <button type="submit" className={buttonClass()} disabled={isSubmitting}>
          {t('account.setup.submit')}
        </button>
      </div>
    </form>
  );
}
