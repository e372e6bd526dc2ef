/** How a synced field's value reads on the conflict and refused-changes screens. */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function fieldLabelKey(entity: string, field: string): string {
  return entity === 'patient' ? `patient.fields.${field}` : `sync.fields.${field}`;
}

/** Text for a value: dates as dd-mm-jjjj, empty as null (the caller shows "leeg"). */
export function fieldText(value: unknown, formatDate: (iso: string) => string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return ISO_DATE.test(value) ? formatDate(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
