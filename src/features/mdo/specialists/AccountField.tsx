import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import styles from '../meetings/Meetings.module.css';
import type { SpecialistFormValues } from './specialist-form-values';
import { useSpecialistAccounts } from './useSpecialistAccounts';

/**
 * The specialist's Tijdig account (role specialist-pz). The accounts live on the server; without an
 * answer from it (offline, or not allowed to see the team) the link stays as it is and the field says why.
 */
export function AccountField({ currentUserId }: { currentUserId: string }) {
  const { t } = useTranslation();
  const { register } = useFormContext<SpecialistFormValues>();
  const accounts = useSpecialistAccounts();
  const label = t('mdoMeetings.specialists.account');
  const linked =
    currentUserId === '' ? t('mdoMeetings.specialists.notLinked') : t('mdoMeetings.specialists.linked');

  if (accounts.status !== 'ready') {
    const why =
      accounts.status === 'loading'
        ? t('mdoMeetings.specialists.accountsLoading')
        : accounts.code === 'offline'
          ? t('mdoMeetings.specialists.accountsOffline')
          : accounts.code === 'forbidden'
            ? t('mdoMeetings.specialists.accountsForbidden')
            : t('mdoMeetings.specialists.accountsFailed');
    return (
      <div className={styles.readonlyField}>
        <p className={styles.label}>{label}</p>
        <p>{linked}</p>
        <p role="status" className={styles.hint}>
          {why}
        </p>
      </div>
    );
  }

  const isCurrentListed = accounts.value.some((account) => account.id === currentUserId);
  return (
    <FormField
      label={label}
      hint={
        accounts.value.length === 0
          ? t('mdoMeetings.specialists.accountsNone')
          : t('mdoMeetings.specialists.accountHint')
      }
    >
      {(control) => (
        <select {...control} {...register('userId')}>
          <option value="">{t('mdoMeetings.specialists.noAccount')}</option>
          {currentUserId !== '' && !isCurrentListed && (
            <option value={currentUserId}>{t('mdoMeetings.specialists.currentAccount')}</option>
          )}
          {accounts.value.map((account) => (
            <option key={account.id} value={account.id}>
              {t('mdoMeetings.specialists.accountOption', { name: account.name, email: account.email })}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
