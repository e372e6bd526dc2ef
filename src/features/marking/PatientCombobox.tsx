import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctionsOf, listName, splitDutchName, type Patient } from '../../domain';
import { Combobox } from '../../components/Combobox';
import { formatDate } from '../../lib/format';
import { useDistinctionLabel } from '../register/useDistinctionLabel';
import { usePatientMatches } from './usePatientMatches';

/** The new-patient option has no id yet; it is the only one of its kind in the list. */
const NEW_PATIENT_KEY = 'new';
const keyOf = (choice: PatientChoice) => (choice.kind === 'new' ? NEW_PATIENT_KEY : choice.patient.id);

export type PatientChoice =
  /** `distinction`: what tells the patient apart from another with the same name and birth date. */
  { kind: 'existing'; patient: Patient; distinction: string | null } | { kind: 'new'; name: string };

/**
 * Find-or-create in the shared Combobox: type, move with the arrow keys, choose with Enter. The last option
 * creates a new patient with the typed name. A patient already marked says so before being chosen.
 */
export function PatientCombobox({ onChoose }: { onChoose: (choice: PatientChoice) => void }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
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

  return (
    <Combobox
      label={t('marking.quick.search')}
      hint={t('marking.quick.searchHint')}
      text={text}
      onTextChange={setText}
      options={options}
      keyOf={keyOf}
      labelOf={labelOf}
      onChoose={onChoose}
      emptyText={t('marking.quick.noMatches')}
    />
  );
}
