import { FormField } from '../../../components/FormField';
import { useAutosave, type FieldSaveOutcome } from '../../../components/useAutosave';

interface AutosaveTextAreaProps {
  label: string;
  hint?: string;
  /** The stored text. */
  value: string;
  onSave: (text: string) => Promise<FieldSaveOutcome>;
  rows?: number;
}

/** A text area that saves itself as it is typed (no save button), with its error next to it. */
export function AutosaveTextArea({ label, hint, value, onSave, rows = 3 }: AutosaveTextAreaProps) {
  const field = useAutosave(value, onSave);
  return (
    <FormField label={label} hint={hint} errorCode={field.issueCode}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
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
