/**
 * How a synced field's value reads on the conflict and refused-changes screens: as the form shows it, with
 * dates as dd-mm-jjjj, yes/no and options in words, and a care-plan part (a treatment limit, a dimension)
 * by its parts rather than as raw data.
 */
import type { TFunction } from 'i18next';
import type { IsoDate } from '../../domain';
import { formatDate, formatDateTime } from '../../lib/format';
import { valueText } from '../care-plan/change-text';
import { textOr } from '../../i18n';
import { registerCarePlanTexts } from '../care-plan/care-plan-i18n';
import { registerSyncPageTexts } from './sync-page-i18n';

registerSyncPageTexts();

registerCarePlanTexts();

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Where the words for a patient field's options live. */
const PATIENT_OPTIONS: Readonly<Record<string, string>> = {
  sex: 'patient.sex',
  status: 'patient.status',
  placeOfDeath: 'patient.placeOfDeath',
  registerColour: 'marking.colour',
};

export function fieldLabelKey(entity: string, field: string): string {
  if (entity === 'patient') return `patient.fields.${field}`;
  if (entity === 'carePlan') return `carePlan.history.fields.${field}`;
  return `syncPage.fields.${field}`;
}

/** The label of one part of a care-plan field (e.g. `decision` of a treatment limit). */
export function partLabelKey(part: string): string {
  return `carePlan.history.parts.${part}`;
}

export function isEmptyValue(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** Text for a value of any record kind but the care plan; null when empty (the caller shows "leeg"). */
function plainText(value: unknown, field: string, entity: string, t: TFunction, language: string): string {
  if (typeof value === 'boolean') return t(value ? 'syncPage.values.yes' : 'syncPage.values.no');
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value
      .filter((item) => !isEmptyValue(item))
      .map((item: unknown) => plainText(item, field, entity, t, language))
      .join(', ');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([part, item]) => part !== 'id' && !isEmptyValue(item))
      .map(([part, item]) => plainText(item, part, entity, t, language))
      .join(', ');
  }
  const text = String(value);
  const options = entity === 'patient' ? PATIENT_OPTIONS[field] : undefined;
  if (options) return textOr(t, `${options}.${text}`, text);
  if (ISO_DATE.test(text)) return formatDate(text as IsoDate, language);
  if (ISO_DATE_TIME.test(text)) {
    return formatDateTime(text, language);
  }
  return text;
}

/** A field's value in words, or null when it is empty. */
export function fieldText(
  entity: string,
  field: string,
  value: unknown,
  t: TFunction,
  language: string,
): string | null {
  if (isEmptyValue(value)) return null;
  return entity === 'carePlan'
    ? valueText(value, field, t, language)
    : plainText(value, field, entity, t, language);
}
