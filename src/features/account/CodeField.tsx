import { AccountField } from './AccountField';

interface CodeFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** An account error code such as `twoFactor.invalidCode`, shown next to the field. */
  errorCode: string | undefined;
  hint?: string;
  /** Six digits from the app, or a recovery code (letters and digits). */
  kind: 'code' | 'recoveryCode';
}

/** The field for a code from the authenticator app or a recovery code, with its error next to it. */
export function CodeField({ label, value, onChange, errorCode, hint, kind }: CodeFieldProps) {
  return (
    <AccountField label={label} errorCode={errorCode} hint={hint} isRequired>
      {(control) => (
        <input
          {...control}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
          inputMode={kind === 'code' ? 'numeric' : 'text'}
          autoComplete={kind === 'code' ? 'one-time-code' : 'off'}
          spellCheck={false}
          autoCapitalize={kind === 'code' ? undefined : 'characters'}
        />
      )}
    </AccountField>
  );
}
