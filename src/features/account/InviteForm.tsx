import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import { INVITABLE_ROLES, type InvitationCreate, type InvitationCreated } from '../../domain';
import styles from './Account.module.css';
import { failureCodeOf } from '../../sync/api-client';
import { showFieldIssues } from './account-errors';
import { inviteFormSchema, type InviteFormValues } from './account-form-schemas';
import { AccountField, TextField } from './AccountField';
import { FailureMessage } from './FailureMessage';
import { useAccountText } from './useAccountText';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

const EMPTY: InviteFormValues = {
  name: '',
  email: '',
  role: '',
  isAlsoBeheerder: false,
  isSharedDevice: false,
  validDays: '7',
};
const SERVER_FIELDS = ['name', 'email', 'role', 'isSharedDevice', 'validDays'] as const;

/**
 * Naam, e-mailadres, rol (and "ook beheerder"), gedeeld apparaat and geldig (dagen): asks the server
 * for a one-time link.
 */
export function InviteForm({
  onCreated,
}: {
  onCreated: (invitation: InvitationCreated, name: string) => void;
}) {
  const { t } = useTranslation();
  const { auth } = useServices();
  const { failureMessage, errorMessage } = useAccountText();
  const sharedDeviceHintId = useId();
  const beheerderHintId = useId();
  const beheerderErrorId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<
    InviteFormValues,
    unknown,
    InvitationCreate
  >({ defaultValues: EMPTY, resolver: zodResolver(inviteFormSchema), mode: 'onTouched' });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (request) => {
    setFailure(null);
    try {
      const invitation = await auth.invite(request);
      reset(EMPTY);
      onCreated(invitation, request.name);
    } catch (error) {
      if (!showFieldIssues(error, SERVER_FIELDS, setError)) setFailure(failureMessage(failureCodeOf(error)));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={styles.form}>
      <div className={styles.grid}>
        <TextField
          label={t('account.fields.name')}
          registration={register('name')}
          errorCode={errors.name?.message}
          autoComplete="off"
        />
        <TextField
          label={t('account.fields.email')}
          registration={register('email')}
          errorCode={errors.email?.message}
          type="email"
          autoComplete="off"
        />
        <AccountField label={t('account.fields.role')} errorCode={errors.role?.message} isRequired>
          {(control) => (
            <select {...control} {...register('role')}>
              <option value="">{t('form.choose')}</option>
              {INVITABLE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`account.roles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </AccountField>
        <AccountField
          label={t('account.fields.validDays')}
          errorCode={errors.validDays?.message}
          hint={t('account.hints.validDays')}
          isRequired
        >
          {(control) => (
            <input
              {...control}
              {...register('validDays')}
              type="number"
              inputMode="numeric"
              min={1}
              max={30}
            />
          )}
        </AccountField>
      </div>
      <div className={styles.checkField}>
        <label className={styles.check}>
          <input
            type="checkbox"
            {...register('isAlsoBeheerder')}
            aria-describedby={
              errors.isAlsoBeheerder ? `${beheerderErrorId} ${beheerderHintId}` : beheerderHintId
            }
            aria-invalid={errors.isAlsoBeheerder ? true : undefined}
          />
          {t('account.fields.isAlsoBeheerder')}
        </label>
        <span id={beheerderHintId} className={styles.hint}>
          {t('account.hints.isAlsoBeheerder')}
        </span>
        {errors.isAlsoBeheerder && (
          <span id={beheerderErrorId} className={styles.error}>
            {errorMessage(errors.isAlsoBeheerder.message)}
          </span>
        )}
      </div>
      <div className={styles.checkField}>
        <label className={styles.check}>
          <input type="checkbox" {...register('isSharedDevice')} aria-describedby={sharedDeviceHintId} />
          {t('account.fields.isSharedDevice')}
        </label>
        <span id={sharedDeviceHintId} className={styles.hint}>
          {t('account.hints.isSharedDevice')}
        </span>
      </div>
      {failure && <FailureMessage message={failure} />}
      <div className={styles.actions}>
        <button type="submit" className={buttonClass()} disabled={isSubmitting}>
          {t('account.team.invite.submit')}
        </button>
      </div>
    </form>
  );
}
