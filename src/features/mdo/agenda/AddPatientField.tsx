import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../../components/Combobox';
import { fullName, listName, type Patient } from '../../../domain';
import { formatDate } from '../../../lib/format';
import { usePatientMatches } from '../../marking/usePatientMatches';
import styles from './AgendaBuilder.module.css';
import { refusalKey } from './refusal-key';
import type { AgendaWrites } from './useAgendaWrites';
import type { TextKey } from '../../../i18n';

/**
 * Patiënt toevoegen: the shared Combobox over the living patients (type, arrows, Enter). Unlike the
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
  const [text, setText] = useState('');
  const [errorKey, setErrorKey] = useState<TextKey | null>(null);
  const matches = usePatientMatches(text);

  const choose = async (patient: Patient) => {
    const key = refusalKey(await add([{ patientId: patient.id }]));
    setErrorKey(key);
    if (key !== null) return;
    setText('');
    announce(t('mdoAgenda.add.added', { name: fullName(patient) }));
  };

  return (
    <Combobox
      className={styles.addPatient}
      label={t('mdoAgenda.add.patient')}
      hint={t('mdoAgenda.add.patientHint')}
      text={text}
      onTextChange={(value) => {
        setText(value);
        setErrorKey(null);
      }}
      options={matches}
      keyOf={(patient) => patient.id}
      labelOf={(patient) => `${listName(patient)} (${formatDate(patient.birthDate, i18n.language)})`}
      onChoose={(patient) => void choose(patient)}
      emptyText={t('mdoAgenda.add.noMatches')}
      errorMessage={errorKey && t(errorKey)}
    />
  );
}
