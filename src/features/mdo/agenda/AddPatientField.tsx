import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, listName, type Patient } from '../../../domain';
import { formatDate } from '../../../lib/format';
import { usePatientMatches } from '../../marking/usePatientMatches';
import styles from './AgendaBuilder.module.css';
import { refusalKey } from './refusal-key';
import type { AgendaWrites } from './useAgendaWrites';
import type { TextKey } from '../../../i18n';

/**
 * Patiënt toevoegen: an ARIA combobox over the living patients (type, arrows, Enter). Unlike the
 * quick-mark search it never creates a patient, and a refusal (already on the agenda) is tied to the field.
 */
export function AddPatientField({
  add,
  announce,
}: {
  add: AgendaWrites['add'];
  announce: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [errorKey, setErrorKey] = useState<TextKey | null>(null);
  const matches = usePatientMatches(text);
  const isOpen = text.trim().length >= 2;
  const optionId = (index: number) => `${id}-option-${String(index)}`;

  const choose = async (patient: Patient | undefined) => {
    if (!patient) return;
    const key = refusalKey(await add([{ patientId: patient.id }]));
    setErrorKey(key);
    if (key !== null) return;
    setText('');
    announce(t('mdoAgenda.add.added', { name: fullName(patient) }));
  };

  return (
    <div className={styles.combobox}>
      <label htmlFor={`${id}-input`}>{t('mdoAgenda.add.patient')}</label>
      <span id={`${id}-hint`} className={styles.muted}>
        {t('mdoAgenda.add.patientHint')}
      </span>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={isOpen}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-invalid={errorKey !== null}
        aria-describedby={[errorKey ? `${id}-error` : '', `${id}-hint`].join(' ').trim()}
        aria-activedescendant={isOpen && matches.length > 0 ? optionId(active) : undefined}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setErrorKey(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, matches.length - 1));
          else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
          else if (event.key === 'Enter') void choose(matches[active]);
          else return;
          event.preventDefault();
        }}
      />
      {errorKey && (
        <span id={`${id}-error`} className={styles.error}>
          {t(errorKey)}
        </span>
      )}
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t('mdoAgenda.add.patient')}
        className={styles.listbox}
        hidden={!isOpen}
      >
        {matches.map((patient, index) => (
          // Keyboard choice happens on the input (aria-activedescendant), as the ARIA combobox pattern
          // prescribes; a click is the pointer equivalent.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <div
            key={patient.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className={styles.option}
            onClick={() => void choose(patient)}
          >
            {`${listName(patient)} (${formatDate(patient.birthDate, i18n.language)})`}
          </div>
        ))}
        {matches.length === 0 && <p className={styles.muted}>{t('mdoAgenda.add.noMatches')}</p>}
      </div>
    </div>
  );
}
