import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import { parseDutchDate } from '../../../domain';

const INVALID_DATE = 'date.invalid';

/** A date field of the period; its value counts only once it is a real date. */
export function PeriodField({
  label,
  text,
  onChange,
}: {
  label: string;
  text: string;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  const isInvalid = text.trim() !== '' && parseDutchDate(text) === null;
  return (
    <FormField label={label} hint={t('form.dateHint')} errorCode={isInvalid ? INVALID_DATE : undefined}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
    </FormField>
  );
}
