import { useTranslation } from 'react-i18next';
import type { SpecialistPatient } from '../../../db';
import { formatDate } from '../../../lib/format';
import styles from './SpecialistView.module.css';

/** Diagnosis and marking of an invited patient (the colour always as a word). */
export function PatientFacts({ patient }: { patient: SpecialistPatient }) {
  const { t, i18n } = useTranslation();
  const marking = patient.dyingPhaseSince
    ? t('mdoSpecialist.item.dyingSince', { date: formatDate(patient.dyingPhaseSince, i18n.language) })
    : patient.palliativeSince
      ? t('mdoSpecialist.item.markedSince', { date: formatDate(patient.palliativeSince, i18n.language) })
      : t('mdoSpecialist.item.notMarked');
  const colour =
    patient.palliativeSince && patient.registerColour
      ? `, ${t('mdoSpecialist.item.colour', { colour: t(`marking.colour.${patient.registerColour}`).toLowerCase() })}`
      : '';
  return (
    <dl className={styles.facts}>
      <div>
        <dt>{t('mdoSpecialist.item.diagnosis')}</dt>
        <dd>{patient.diagnosis === '' ? t('mdoSpecialist.item.noDiagnosis') : patient.diagnosis}</dd>
      </div>
      <div>
        <dt>{t('mdoSpecialist.item.marking')}</dt>
        <dd>
          {marking}
          {colour}
        </dd>
      </div>
    </dl>
  );
}
