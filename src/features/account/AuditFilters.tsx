import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditQuery } from '../../domain';
import styles from './Account.module.css';
import { auditFilterSchema, type AuditFilterValues } from './account-form-schemas';
import { AccountField, TextField } from './AccountField';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

const EMPTY: AuditFilterValues = { from: '', to: '', userName: '', action: '', outcome: '', patientId: '' };
/** Sign-ins the server refused, with the account they aimed at (issue 12). */
const FAILED_LOGINS: Partial<AuditQuery> = { event: 'login', outcome: 'denied' };

/**
 * Van, tot en met, gebruiker, actie, uitkomst and patiënt-id; an empty filter means "any". One button
 * shows the failed sign-ins at once.
 */
export function AuditFilters({ onSearch }: { onSearch: (query: Partial<AuditQuery>) => void }) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useForm<AuditFilterValues, unknown, Partial<AuditQuery>>({
    defaultValues: EMPTY,
    resolver: zodResolver(auditFilterSchema),
  });
  const { errors } = formState;

  const date = (name: 'from' | 'to') => (
    <AccountField label={t(`account.audit.filters.${name}`)} errorCode={errors[name]?.message}>
      {(control) => <input {...control} {...register(name)} type="date" />}
    </AccountField>
  );

  return (
    <section aria-labelledby="audit-filters-title" className={styles.card}>
      <h2 id="audit-filters-title">{t('account.audit.filters.title')}</h2>
      <form onSubmit={(event) => void handleSubmit(onSearch)(event)} noValidate className={styles.form}>
        <div className={styles.grid}>
          {date('from')}
          {date('to')}
          <TextField
            label={t('account.audit.filters.userName')}
            registration={register('userName')}
            errorCode={errors.userName?.message}
            autoComplete="off"
            isRequired={false}
          />
          <AccountField label={t('account.audit.filters.action')} errorCode={errors.action?.message}>
            {(control) => (
              <select {...control} {...register('action')}>
                <option value="">{t('account.audit.filters.anyAction')}</option>
                {AUDIT_ACTIONS.map((action) => (
                  <option key={action} value={action}>
                    {t(`account.audit.actions.${action}`)}
                  </option>
                ))}
              </select>
            )}
          </AccountField>
          <AccountField label={t('account.audit.filters.outcome')} errorCode={errors.outcome?.message}>
            {(control) => (
              <select {...control} {...register('outcome')}>
                <option value="">{t('account.audit.filters.anyOutcome')}</option>
                {AUDIT_OUTCOMES.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {t(`account.audit.outcomes.${outcome}`)}
                  </option>
                ))}
              </select>
            )}
          </AccountField>
          <TextField
            label={t('account.audit.filters.patientId')}
            registration={register('patientId')}
            errorCode={errors.patientId?.message}
            autoComplete="off"
            isRequired={false}
          />
        </div>
        <div className={styles.actions}>
          <button type="submit" className={buttonClass()}>
            {t('account.audit.filters.submit')}
          </button>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => {
              onSearch({ ...FAILED_LOGINS });
            }}
          >
            {t('account.audit.filters.failedLogins')}
          </button>
        </div>
      </form>
    </section>
  );
}
