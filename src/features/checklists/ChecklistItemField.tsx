import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, ChecklistItem } from '../../domain';
import styles from './Checklists.module.css';
import { firstTextKey } from '../../i18n';
import { registerChecklistsTexts } from './checklists-i18n';

registerChecklistsTexts();

interface ChecklistItemFieldProps {
  item: ChecklistItem;
  /** Set when the item text is not Dutch, so a screen reader pronounces it in its own language. */
  labelLanguage?: string;
  value: Answer | undefined;
  errorCode: string | undefined;
  onChange: (value: Answer | undefined) => void;
}

/** One checklist question, rendered from its definition: ja/nee, a choice, a score or free text. */
export function ChecklistItemField({
  item,
  labelLanguage,
  value,
  errorCode,
  onChange,
}: ChecklistItemFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = errorCode ? `${id}-error` : undefined;
  const hintId = item.hint ? `${id}-hint` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const error = errorCode && (
    <span id={errorId} className={styles.error}>
      {t(firstTextKey([`checklists.errors.${errorCode}`, `errors.${errorCode}`], 'errors.invalid'))}
    </span>
  );
  const hint = item.hint && (
    <span id={hintId} className={styles.hint}>
      {item.hint}
    </span>
  );

  if (item.type === 'yesNo' || item.type === 'choice') {
    const options =
      item.type === 'choice'
        ? item.options.map((option) => ({ value: option.value, label: option.label }))
        : [
            { value: true as Answer, label: t('checklists.yes') },
            { value: false as Answer, label: t('checklists.no') },
          ];
    return (
      <fieldset className={styles.question} aria-describedby={describedBy}>
        <legend lang={labelLanguage}>{item.label}</legend>
        {hint}
        <div className={styles.options}>
          {options.map((option) => (
            <label key={String(option.value)} className={styles.option}>
              <input
                type="radio"
                name={`${id}-${item.id}`}
                checked={value === option.value}
                onChange={() => {
                  onChange(option.value);
                }}
              />
              {option.label}
            </label>
          ))}
        </div>
        {error}
      </fieldset>
    );
  }

  return (
    <div className={styles.question}>
      <label htmlFor={id} className={styles.label}>
        <span lang={labelLanguage}>{item.label}</span>
        {item.type === 'score' && ` (${String(item.min)}–${String(item.max)})`}
      </label>
      {hint}
      {item.type === 'score' ? (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={item.min}
          max={item.max}
          step={1}
          value={typeof value === 'number' ? value : ''}
          aria-invalid={errorCode !== undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            onChange(event.target.value === '' ? undefined : Number(event.target.value));
          }}
        />
      ) : (
        <textarea
          id={id}
          rows={3}
          maxLength={item.maxLength}
          value={typeof value === 'string' ? value : ''}
          aria-invalid={errorCode !== undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            onChange(event.target.value === '' ? undefined : event.target.value);
          }}
        />
      )}
      {error}
    </div>
  );
}
