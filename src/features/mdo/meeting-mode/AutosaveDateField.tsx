import { FormField } from '../../../components/FormField';
import { parseDutchDate, toDutchDate, type IsoDate } from '../../../domain';
import { useAutosave, type FieldSaveOutcome } from '../../../components/useAutosave';

interface AutosaveDateFieldProps {
  label: string;
  hint: string;
  value: IsoDate | null;
  onSave: (date: IsoDate | null) => Promise<FieldSaveOutcome>;
}

const isComplete = (text: string) => parseDutchDate(text) !== null;

/**
 * A date typed as dd-mm-jjjj that saves itself once it is a real date, or on leaving the field; empty
 * clears it. A text that is not a date is refused next to the field and kept for correcting.
 */
export function AutosaveDateField({ label, hint, value, onSave }: AutosaveDateFieldProps) {
  const field = useAutosave(
    value === null ? '' : toDutchDate(value),
    async (text) => {
      if (text.trim() === '') return onSave(null);
      const date = parseDutchDate(text);
      return date === null ? { ok: false, issueCode: 'date.invalid' } : onSave(date);
    },
    { isReadyWhileTyping: isComplete },
  );
  return (
    <FormField label={label} hint={hint} errorCode={field.issueCode}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={field.text}
          onChange={(event) => {
            field.onChange(event.target.value);
          }}
          onBlur={field.onBlur}
        />
      )}
    </FormField>
  );
}
