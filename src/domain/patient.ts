/**
 * The patient record: schema, field groups and the rules that need "today".
 * Messages are error codes (`birthDate.future`); the UI turns them into Dutch sentences.
 */
import { z } from 'zod';
import { isValidBsn } from './bsn';
import { isoDateSchema, isoDateTimeSchema, type IsoDate } from './date-schemas';
import { patientIdSchema } from './ids';
import { onBehalfOfField } from './on-behalf';

/** Register colour for urgency and complexity (see marking.ts for the history behind it). */
export const PATIENT_REGISTER_COLOURS = ['green', 'yellow', 'orange', 'red'] as const;

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const PATIENT_STATUSES = ['active', 'deceased', 'moved', 'deregistered'] as const;
export const PLACES_OF_DEATH = ['home', 'hospital', 'nursingHome', 'hospice', 'other', 'unknown'] as const;

export type Sex = (typeof SEXES)[number];
export type PatientStatus = (typeof PATIENT_STATUSES)[number];
export type PlaceOfDeath = (typeof PLACES_OF_DEATH)[number];

/** ICPC-1 (NHG) code: chapter letter, two digits, optional NHG extension such as `K77.01`. */
const ICPC_CODE = /^[A-Z]\d{2}(\.\d{1,2})?$/;
/** Dutch or international phone number: digits with optional +, spaces, dashes and brackets. */
const PHONE = /^\+?[\d\s()-]+$/;

const optionalText = (max: number) => z.string().trim().max(max, 'text.tooLong');
const requiredText = (max: number) => optionalText(max).min(1, 'required');

/** A phone number as people type it (at least 10 digits), or empty. */
export const phoneSchema = z
  .string()
  .trim()
  .refine((value) => {
    if (value === '') return true;
    const digits = value.replace(/\D/g, '').length;
    return PHONE.test(value) && digits >= 10 && digits <= 15;
  }, 'phone.invalid');

/** The fields a person edits. Everything else on the record is bookkeeping. */
export const patientFieldsSchema = z.object({
  givenName: requiredText(80),
  /** Tussenvoegsel, e.g. "van der"; sorting uses the family name without it, as Dutch registers do. */
  namePrefix: optionalText(20),
  familyName: requiredText(120),
  birthDate: isoDateSchema,
  sex: z.enum(SEXES, 'required'),
  /** Optional; checked with the elfproef. Never put in URLs, file names, invitations or logs. */
  bsn: z.string().refine(isValidBsn, 'bsn.invalid').nullable(),
  /** The treating GP (behandelend huisarts) by name. */
  treatingGp: requiredText(120),
  diagnosisText: optionalText(200),
  icpcCode: z.string().regex(ICPC_CODE, 'icpc.invalid').nullable(),
  /** The naaste: the person closest to the patient whom the team may call. */
  contactName: optionalText(120),
  contactRelation: optionalText(60),
  contactPhone: phoneSchema,
  /** Thuiszorgorganisatie that provides home care, if any. */
  homeCareOrganisation: optionalText(120),
  status: z.enum(PATIENT_STATUSES, 'required'),
  /** Date of moving away or deregistering (verhuisd / uitgeschreven). */
  statusSince: isoDateSchema.nullable(),
  deathDate: isoDateSchema.nullable(),
  placeOfDeath: z.enum(PLACES_OF_DEATH).nullable(),
  /**
   * Date the treating doctor marked the palliative phase (markering), or null. Written by the marking
   * feature; kept on the patient row so the palliative register is one indexed query.
   */
  palliativeSince: isoDateSchema.nullable(),
  /** Current register colour; written by the marking feature together with palliativeSince. */
  registerColour: z.enum(PATIENT_REGISTER_COLOURS).nullable(),
  /** Date the dying phase (stervensfase) was marked, or null. Written by the marking feature. */
  dyingPhaseSince: isoDateSchema.nullable(),
});

/** Fields only the marking feature writes; editing the patient form never changes them. */
export const MARKING_FIELDS = ['palliativeSince', 'registerColour', 'dyingPhaseSince'] as const;

export type PatientFields = z.infer<typeof patientFieldsSchema>;

export const patientSchema = patientFieldsSchema.extend({
  id: patientIdSchema,
  /** The huisarts whose marking decision the marking state is, when a POH recorded it namens them. */
  markingOnBehalfOf: onBehalfOfField,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** Tombstone: deleted records stay (for sync and audit) with the time of deletion. */
  deletedAt: isoDateTimeSchema.nullable(),
});

export type Patient = z.infer<typeof patientSchema>;

/**
 * Field groups: the fields that form one fact. Sync detects conflicts per group, so two people who change
 * different groups of the same patient never conflict.
 */
export const patientFieldGroups = {
  name: ['givenName', 'namePrefix', 'familyName'],
  birth: ['birthDate', 'sex'],
  bsn: ['bsn'],
  treatingGp: ['treatingGp'],
  diagnosis: ['diagnosisText', 'icpcCode'],
  contact: ['contactName', 'contactRelation', 'contactPhone'],
  homeCare: ['homeCareOrganisation'],
  status: ['status', 'statusSince', 'deathDate', 'placeOfDeath'],
  marking: ['palliativeSince', 'registerColour', 'dyingPhaseSince', 'markingOnBehalfOf'],
} as const satisfies Record<string, readonly (keyof PatientFields | 'markingOnBehalfOf')[]>;

export interface PatientRuleIssue {
  field: keyof PatientFields;
  code: string;
}

/**
 * Rules that need today's date or compare fields: no birth in the future, no death before birth,
 * a date of death for a deceased patient, a phone number for the naaste.
 */
export function patientRuleIssues(fields: PatientFields, today: IsoDate): PatientRuleIssue[] {
  const issues: PatientRuleIssue[] = [];
  if (fields.birthDate > today) issues.push({ field: 'birthDate', code: 'birthDate.future' });
  if (fields.status === 'deceased') {
    if (fields.deathDate === null) issues.push({ field: 'deathDate', code: 'required' });
    else if (fields.deathDate > today) issues.push({ field: 'deathDate', code: 'deathDate.future' });
    else if (fields.deathDate < fields.birthDate)
      issues.push({ field: 'deathDate', code: 'deathDate.beforeBirth' });
    if (fields.placeOfDeath === null) issues.push({ field: 'placeOfDeath', code: 'required' });
  }
  if (fields.statusSince !== null) {
    if (fields.statusSince > today) issues.push({ field: 'statusSince', code: 'date.future' });
    else if (fields.statusSince < fields.birthDate)
      issues.push({ field: 'statusSince', code: 'date.beforeBirth' });
  }
  if (fields.palliativeSince !== null) {
    if (fields.palliativeSince > today) issues.push({ field: 'palliativeSince', code: 'date.future' });
    else if (fields.palliativeSince < fields.birthDate)
      issues.push({ field: 'palliativeSince', code: 'date.beforeBirth' });
  }
  if (fields.contactName !== '' && fields.contactPhone === '')
    issues.push({ field: 'contactPhone', code: 'contactPhone.required' });
  return issues;
}

/**
 * Drops facts that do not belong to the chosen status (a date of death on a living patient), so a
 * status change never leaves stale data behind.
 */
export function normalisePatientFields(fields: PatientFields): PatientFields {
  const isDeceased = fields.status === 'deceased';
  const hasSince = fields.status === 'moved' || fields.status === 'deregistered';
  return {
    ...fields,
    deathDate: isDeceased ? fields.deathDate : null,
    placeOfDeath: isDeceased ? fields.placeOfDeath : null,
    statusSince: hasSince ? fields.statusSince : null,
  };
}

/**
 * The full check of edited fields on a given day: the schema, then the rules that compare fields or need
 * today's date. Facts that do not fit the status are dropped first. Used by forms and by the database.
 */
export function patientFieldsSchemaOn(today: IsoDate) {
  return patientFieldsSchema.transform(normalisePatientFields).superRefine((fields, context) => {
    for (const issue of patientRuleIssues(fields, today)) {
      context.addIssue({ code: 'custom', path: [issue.field], message: issue.code });
    }
  });
}

/** Validates edited fields; returns the normalised fields or every issue as a field with an error code. */
export function validatePatientFields(
  candidate: unknown,
  today: IsoDate,
): { ok: true; value: PatientFields } | { ok: false; issues: PatientRuleIssue[] } {
  const parsed = patientFieldsSchemaOn(today).safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      field: issue.path[0] as keyof PatientFields,
      code: issue.message,
    })),
  };
}
