import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { ROLES } from '../../domain';

interface ProfileFieldsProps {
  name: string;
  role: string;
  onName: (name: string) => void;
  onRole: (role: string) => void;
  nameError?: string | undefined;
  roleError?: string | undefined;
}

/** Who records this, asked once per device when Instellingen holds no name and role yet. */
export function ProfileFields({ name, role, onName, onRole, nameError, roleError }: ProfileFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField label={t('profile.name')} errorCode={nameError} isRequired>
        {(control) => (
          <input
            {...control}
            value={name}
            autoComplete="name"
            onChange={(e) => {
              onName(e.target.value);
            }}
          />
        )}
      </FormField>
      <FormField label={t('profile.role')} errorCode={roleError} isRequired>
        {(control) => (
          <select
            {...control}
            value={role}
            onChange={(e) => {
              onRole(e.target.value);
            }}
          >
            <option value="">{t('form.choose')}</option>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`profile.roles.${option}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}
