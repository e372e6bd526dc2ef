import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { FormField } from '../../components/FormField';
import { useToday } from '../../components/useToday';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { failureKey, fieldsOf, setFieldIssues } from '../../components/write-errors';
import { useDatabase } from '../../providers/DatabaseProvider';
import { findPossibleDuplicate, type PossibleDuplicate, type WriteResult } from '../../db';
import { PATIENT_STATUSES, PLACES_OF_DEATH, SEXES, type Patient, type PatientFields } from '../../domain';
import { textOr, type KeysUnder } from '../../i18n';
import { DuplicateWarning } from './DuplicateWarning';
import styles from './PatientForm.module.css';
import { patientFormSchema, type PatientFormValues } from './patient-form-values';

interface PatientFormProps {
  /** The patient being edited; absent for a new one. */
  patientId?: string;
  defaultValues: PatientFormValues;
  onSave: (fields: PatientFields) => Promise<WriteResult<Patient>>;
  onSaved: (patient: Patient) => void;
}

type TextName = Exclude<keyof PatientFormValues, 'sex' | 'status' | 'placeOfDeath'>;

/**
 * Add or edit a patient. Every invalid field gets a Dutch message next to it; nothing half-saves. A patient
 * who may already be in the register is named before saving (the same BSN is refused).
 */
export function PatientForm({ patientId, defaultValues, onSave, onSaved }: PatientFormProps) {
  const { t } = useTranslation();
  const today = useToday();
  const db = useDatabase();
  const [saveError, setSaveError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<PossibleDuplicate | null>(null);
  // The patient the user confirmed is someone else, despite the same name and birth date.
  const [confirmedOther, setConfirmedOther] = useState<string | null>(null);
  const form = useForm<PatientFormValues, unknown, PatientFields>({
    defaultValues,
    resolver: zodResolver(patientFormSchema(today)),
    mode: 'onTouched',
  });
  const { register, handleSubmit, watch, setError, formState } = form;
  const { errors, isDirty, isSubmitting, isSubmitSuccessful } = formState;
  useUnsavedChanges(isDirty && !isSubmitSuccessful);
  const status = watch('status');

  const submit = handleSubmit(async (fields) => {
    setSaveError(null);
    const found = await findPossibleDuplicate(db, fields, patientId);
    setDuplicate(found);
    if (found?.reason === 'bsn') setError('bsn', { message: 'bsn.duplicate' });
    if (found && found.patient.id !== confirmedOther) return;
    const result = await onSave(fields);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    if (result.error.kind === 'invalid') {
      // The marking fields are not on this form; the marking feature owns them.
      setFieldIssues(setError, result.error.issues, fieldsOf(defaultValues));
    } else {
      setSaveError(t(failureKey(result.error.kind)));
    }
  });

  const text = (
    name: TextName,
    options: { isRequired?: boolean; hint?: string; inputMode?: 'numeric' | 'tel' } = {},
  ) => (
    <FormField
      label={t(`patient.fields.${name}`)}
      errorCode={errors[name]?.message}
      hint={options.hint}
      isRequired={options.isRequired ?? false}
    >
      {(control) => (
        <input
          {...control}
          {...register(name)}
          type={options.inputMode === 'tel' ? 'tel' : 'text'}
          inputMode={options.inputMode}
          autoComplete="off"
        />
      )}
    </FormField>
  );

  const select = (
    name: 'sex' | 'status' | 'placeOfDeath',
    options: readonly KeysUnder<`patient.${typeof name}`>[],
    isRequired: boolean,
  ) => (
    <FormField label={t(`patient.fields.${name}`)} errorCode={errors[name]?.message} isRequired={isRequired}>
      {(control) => (
        <select {...control} {...register(name)}>
          {name !== 'status' && <option value="">{t('form.choose')}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {textOr(t, `patient.${name}.${option}`, option)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  const dateHint = t('form.dateHint');

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={styles.form}>
      {saveError && (
        <p role="alert" className={styles.saveError}>
          {saveError}
        </p>
      )}
      <fieldset className={styles.section}>
        <legend>{t('patient.sections.person')}</legend>
        <div className={styles.grid}>
          {text('givenName', { isRequired: true })}
          {text('namePrefix', { hint: t('patient.hints.namePrefix') })}
          {text('familyName', { isRequired: true })}
          {text('birthDate', { isRequired: true, hint: dateHint, inputMode: 'numeric' })}
          {select('sex', SEXES, true)}
          {text('bsn', { hint: t('patient.hints.bsn'), inputMode: 'numeric' })}
        </div>
      </fieldset>
      <fieldset className={styles.section}>
        <legend>{t('patient.sections.care')}</legend>
        <div className={styles.grid}>
          {text('treatingGp', { isRequired: true })}
          {text('diagnosisText')}
          {text('icpcCode', { hint: t('patient.hints.icpcCode') })}
          {text('homeCareOrganisation')}
        </div>
      </fieldset>
      <fieldset className={styles.section}>
        <legend>{t('patient.sections.contact')}</legend>
        <div className={styles.grid}>
          {text('contactName')}
          {text('contactRelation', { hint: t('patient.hints.contactRelation') })}
          {text('contactPhone', { inputMode: 'tel' })}
        </div>
      </fieldset>
      <fieldset className={styles.section}>
        <legend>{t('patient.sections.status')}</legend>
        <div className={styles.grid}>
          {select('status', PATIENT_STATUSES, true)}
          {status === 'deceased' &&
            text('deathDate', { isRequired: true, hint: dateHint, inputMode: 'numeric' })}
          {status === 'deceased' && select('placeOfDeath', PLACES_OF_DEATH, true)}
          {(status === 'moved' || status === 'deregistered') &&
            text('statusSince', { hint: dateHint, inputMode: 'numeric' })}
        </div>
      </fieldset>
      {duplicate && (
        <DuplicateWarning
          duplicate={duplicate}
          onSaveAnyway={() => {
            setConfirmedOther(duplicate.patient.id);
            setDuplicate(null);
          }}
        />
      )}
      <div className={styles.actions}>
        <button type="submit" className={buttonClass()} disabled={isSubmitting}>
          {t('form.save')}
        </button>
      </div>
    </form>
  );
}
