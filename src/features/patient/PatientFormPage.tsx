import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PatientNotFound } from './PatientNotFound';
import { useDatabase } from '../../providers/DatabaseProvider';
import { createPatient, deletePatient, updatePatient } from '../../db';
import { fullName, type Patient, type PatientFields } from '../../domain';
import { buttonClass } from '../../components/button-class';
import { failureKey } from '../../components/write-errors';
import { PatientForm } from './PatientForm';
import styles from './PatientPages.module.css';
import { EMPTY_PATIENT_FORM, toFormValues } from './patient-form-values';
import { usePatient } from './usePatient';
import { LoadingStatus } from '../../components/LoadingStatus';

/** Nieuwe patiënt: the empty form; after saving, the patient's page. */
export function NewPatientPage() {
  const { t } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  const onSaved = (patient: Patient) => {
    void navigate(`/patienten/${patient.id}`, { state: { saved: true } });
  };
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('patient.new.title')}</h1>
      <PatientForm
        defaultValues={EMPTY_PATIENT_FORM}
        onSave={(fields: PatientFields) => createPatient(db, fields, new Date())}
        onSaved={onSaved}
      />
    </section>
  );
}

/** Patiënt bewerken: the form filled with the stored patient, and deletion (kept as a tombstone). */
export function EditPatientPage() {
  const { t } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);

  if (patient === undefined) return <LoadingStatus />;
  if (patient === null) return <PatientNotFound />;

  const remove = async () => {
    if (!window.confirm(t('patient.delete.confirm', { name: fullName(patient) }))) return;
    const result = await deletePatient(db, patient.id, new Date());
    if (result.ok) void navigate('/patienten');
    else window.alert(t(failureKey(result.error.kind)));
  };

  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('patient.edit.title', { name: fullName(patient) })}</h1>
      <PatientForm
        patientId={patient.id}
        defaultValues={toFormValues(patient)}
        onSave={(fields) => updatePatient(db, patient.id, fields, new Date())}
        onSaved={(saved) => {
          void navigate(`/patienten/${saved.id}`, { state: { saved: true } });
        }}
      />
      <div className={styles.dangerZone}>
        <button type="button" className={buttonClass('danger')} onClick={() => void remove()}>
          {t('patient.delete.action')}
        </button>
      </div>
    </section>
  );
}
