import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from './AccountField';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

interface PasswordFieldsProps {
  password: UseFormRegisterReturn;
  passwordRepeat: UseFormRegisterReturn;
  passwordError: string | undefined;
  passwordRepeatError: string | undefined;
}

/** A new password (at least 12 characters, as the hint says) and the same password once more. */
export function PasswordFields({
  password,
  passwordRepeat,
  passwordError,
  passwordRepeatError,
}: PasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('account.fields.newPassword')}
        registration={password}
        errorCode={passwordError}
        hint={t('account.hints.password')}
        type="password"
        autoComplete="new-password"
      />
      <TextField
        label={t('account.fields.passwordRepeat')}
        registration={passwordRepeat}
        errorCode={passwordRepeatError}
        hint={t('account.hints.passwordRepeat')}
        type="password"
        autoComplete="new-password"
      />
    </>
  );
}
