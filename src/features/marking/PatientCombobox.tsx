import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctionsOf, listName, splitDutchName, type Patient } from '../../domain';
import { formatDate } from '../../lib/format';
import { useDistinctionLabel } from '../register/useDistinctionLabel';
import styles from './QuickMark.module.css';
import { usePatientMatches } from './usePatientMatches';

export type PatientChoice =
  /** `distinction`: what tells the patient apart from another with the same name and birth date. */
  { kind: 'existing'; patient: Patient; distinction: string | null } | { kind: 'new'; name: string };

/**
 * Find-or-create as an ARIA combobox: type, move with the arrow keys, choose with Enter. The last option
 * creates a new patient with the typed name. A patient already marked says so before being chosen.
 */
export function PatientCombobox({ onChoose }: { onChoose: (choice: PatientChoice) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const matches = usePatientMatches(text);
  const distinctionLabel = useDistinctionLabel();
  const distinctions = useMemo(() => distinctionsOf(matches), [matches]);
  const canCreate = splitDutchName(text) !== null;
  const options: PatientChoice[] = [
    ...matches.map((patient) => {
      const distinction = distinctions.get(patient.id);
      return {
        kind: 'existing' as const,
        patient,
        distinction: distinction ? distinctionLabel(distinction) : null,
      };
    }),
    ...(canCreate ? [{ kind: 'new' as const, name: text.trim() }] : []),
  ];
  const isOpen = text.trim().length >= 2;
  const optionId = (index: number) => `${id}-option-${String(index)}`;
  const nameAndBirth = (patient: Patient) =>
    `${listName(patient)} (${formatDate(patient.birthDate, i18n.language)})`;
  const labelOf = (choice: PatientChoice) => {
    if (choice.kind === 'new') return t('marking.quick.create', { name: choice.name });
    const { patient } = choice;
    return [
      nameAndBirth(patient),
      // Two patients with one name and birth date: the fact that tells them apart, e.g. "BSN …333".
      choice.distinction,
      patient.palliativeSince !== null ? t('marking.quick.alreadyMarked') : null,
    ]
      .filter((part) => part !== null)
      .join(' · ');
  };

  const choose = (index: number) => {
    const choice = options[index];
    if (choice) onChoose(choice);
  };

  return (
    <div className={styles.combobox}>
      <label htmlFor={`${id}-input`}>{t('marking.quick.search')}</label>
      <span id={`${id}-hint`} className={styles.hint}>
        {t('marking.quick.searchHint')}
      </span>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={isOpen}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-describedby={`${id}-hint`}
        aria-activedescendant={isOpen && options.length > 0 ? optionId(active) : undefined}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, options.length - 1));
          else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
          else if (event.key === 'Enter') choose(active);
          else return;
          event.preventDefault();
        }}
      />
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t('marking.quick.search')}
        className={styles.listbox}
        hidden={!isOpen}
      >
        {options.map((choice, index) => (
          // Keyboard choice happens on the combobox input (aria-activedescendant), as the ARIA combobox
          // pattern prescribes; a click is the pointer equivalent.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <div
            key={choice.kind === 'new' ? 'new' : choice.patient.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className={styles.option}
            onClick={() => {
              choose(index);
            }}
          >
            {labelOf(choice)}
          </div>
        ))}
        {options.length === 0 && <p className={styles.empty}>{t('marking.quick.noMatches')}</p>}
      </div>
    </div>
  );
}
