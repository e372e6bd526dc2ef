import type { ComponentProps } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '../../components/FormField';
import { useAccountText } from './useAccountText';

type FormFieldProps = Omit<ComponentProps<typeof FormField>, 'errorMessage'>;

/** A FormField that also knows the account feature's own error codes (e.g. `password.mismatch`). */
export function AccountField(props: FormFieldProps) {
  const { errorMessage } = useAccountText();
  return <FormField {...props} errorMessage={errorMessage(props.errorCode)} />;
}

interface TextFieldProps {
  label: string;
  registration: UseFormRegisterReturn;
  errorCode: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete: string;
  isRequired?: boolean;
}

/** A labelled text input of a react-hook-form form, with its hint and error next to it. */
export function TextField({
  label,
  registration,
  errorCode,
  hint,
  type = 'text',
  autoComplete,
  isRequired = true,
}: TextFieldProps) {
  return (
    <AccountField label={label} errorCode={errorCode} hint={hint} isRequired={isRequired}>
      {(control) => (
        <input
          {...control}
          {...registration}
          type={type}
          autoComplete={autoComplete}
          spellCheck={type === 'text' ? undefined : false}
        />
      )}
    </AccountField>
  );
}
