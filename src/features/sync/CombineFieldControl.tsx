import { useTranslation } from 'react-i18next';
import type { CombineControl } from './combine-values';
import { textOr } from '../../i18n';
import { registerSyncPageTexts } from './sync-page-i18n';

registerSyncPageTexts();

/** The control for one field when combining: a check box, a list of choices in words, or text. */
export function CombineFieldControl({
  control,
  input,
  onChange,
}: {
  control: CombineControl;
  input: string | boolean;
  onChange: (input: string | boolean) => void;
}) {
  const { t } = useTranslation();
  if (control.kind === 'check') {
    return (
      <input
        type="checkbox"
        checked={input === true}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
    );
  }
  const text = typeof input === 'string' ? input : '';
  if (control.kind === 'choice') {
    return (
      <select
        value={text}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">{t('syncPage.conflicts.noChoice')}</option>
        {control.options.map((option) => (
          <option key={option} value={option}>
            {textOr(t, `${control.wordsKey}.${option}`, option)}
          </option>
        ))}
      </select>
    );
  }
  if (control.kind === 'lines') {
    return (
      <textarea
        value={text}
        rows={3}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    );
  }
  return (
    <input
      value={text}
      placeholder={control.kind === 'date' ? t('syncPage.conflicts.datePlaceholder') : undefined}
      inputMode={control.kind === 'date' ? 'numeric' : undefined}
      onChange={(event) => {
        onChange(event.target.value);
      }}
    />
  );
}
