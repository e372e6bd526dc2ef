/**
 * The patient form works on text as typed (dates as dd-mm-jjjj, empty strings for "not filled in");
 * these functions translate between that and the domain's PatientFields.
 */
import { z } from 'zod';
import {
  parseDutchDate,
  patientFieldsSchemaOn,
  toDutchDate,
  type IsoDate,
  type Patient,
  type PatientFields,
} from '../../domain';

export interface PatientFormValues {
  givenName: string;
  namePrefix: string;
  familyName: string;
  birthDate: string;
  sex: string;
  bsn: string;
  treatingGp: string;
  diagnosisText: string;
  icpcCode: string;
  contactName: string;
  contactRelation: string;
  contactPhone: string;
  homeCareOrganisation: string;
  status: string;
  statusSince: string;
  deathDate: string;
  placeOfDeath: string;
}

export const EMPTY_PATIENT_FORM: PatientFormValues = {
  givenName: '',
  namePrefix: '',
  familyName: '',
  birthDate: '',
  sex: '',
  bsn: '',
  treatingGp: '',
  diagnosisText: '',
  icpcCode: '',
  contactName: '',
  contactRelation: '',
  contactPhone: '',
  homeCareOrganisation: '',
  status: 'active',
  statusSince: '',
  deathDate: '',
  placeOfDeath: '',
};

/** A typed date in ISO form; text that is not a real date passes through so the schema reports it. */
function dateOrNull(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return parseDutchDate(trimmed) ?? trimmed;
}

function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** Maps typed text onto the shape of PatientFields, leaving validation to the domain schema. */
export function toPatientFieldsInput(values: PatientFormValues): Record<keyof PatientFields, unknown> {
  return {
    ...values,
    birthDate: dateOrNull(values.birthDate) ?? '',
    // People type BSNs with spaces or dots ("1112.22.333"); only the digits count.
    bsn: textOrNull(values.bsn.replace(/[\s.]/g, '')),
    icpcCode: textOrNull(values.icpcCode.toUpperCase()),
    sex: textOrNull(values.sex) ?? undefined,
    statusSince: dateOrNull(values.statusSince),
    deathDate: dateOrNull(values.deathDate),
    placeOfDeath: textOrNull(values.placeOfDeath),
    palliativeSince: null,
    registerColour: null,
    dyingPhaseSince: null,
  };
}

/** The form's zod schema: typed text in, validated PatientFields out (field paths match the inputs). */
export function patientFormSchema(today: IsoDate) {
  const formValues = z.object(
    Object.fromEntries(Object.keys(EMPTY_PATIENT_FORM).map((key) => [key, z.string()])) as Record<
      keyof PatientFormValues,
      z.ZodString
    >,
  );
  return formValues.transform(toPatientFieldsInput).pipe(patientFieldsSchemaOn(today));
}

/** The form values that show an existing patient. */
export function toFormValues(patient: Patient): PatientFormValues {
  const dutch = (date: IsoDate | null) => (date ? toDutchDate(date) : '');
  return {
    givenName: patient.givenName,
    namePrefix: patient.namePrefix,
    familyName: patient.familyName,
    birthDate: toDutchDate(patient.birthDate),
    sex: patient.sex,
    bsn: patient.bsn ?? '',
    treatingGp: patient.treatingGp,
    diagnosisText: patient.diagnosisText,
    icpcCode: patient.icpcCode ?? '',
    contactName: patient.contactName,
    contactRelation: patient.contactRelation,
    contactPhone: patient.contactPhone,
    homeCareOrganisation: patient.homeCareOrganisation,
    status: patient.status,
    statusSince: dutch(patient.statusSince),
    deathDate: dutch(patient.deathDate),
    placeOfDeath: patient.placeOfDeath ?? '',
  };
}
