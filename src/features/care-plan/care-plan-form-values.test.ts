import { describe, expect, it } from 'vitest';
import {
  carePlanFieldsSchema,
  emptyCarePlanFields,
  isoDatePaths,
  validateCarePlanFields,
  type CarePlanFields,
} from '../../domain';
import { completePlan, TODAY } from '../../domain/care-plan/care-plan.fixtures';
import {
  carePlanResolver,
  formPathOf,
  toCarePlanInput,
  toFieldErrors,
  toFormValues,
  type CarePlanFormValues,
} from './care-plan-form-values';

/** The clinical fields of the complete test plan, without identity and bookkeeping. */
function fieldsOf(): CarePlanFields {
  const { id, patientId, author, createdAt, updatedAt, deletedAt, ...fields } = completePlan();
  return fields;
}

/** Every value at a dotted path, `*` standing for each item of an array. */
function valuesAt(value: unknown, path: string): unknown[] {
  if (path === '') return [value];
  const [head = '', ...rest] = path.split('.');
  const tail = rest.join('.');
  if (head === '*') return Array.isArray(value) ? value.flatMap((item: unknown) => valuesAt(item, tail)) : [];
  const record = value as Record<string, unknown> | null;
  return record !== null && typeof record === 'object' ? valuesAt(record[head], tail) : [];
}

describe('care plan form values', () => {
  it.each(isoDatePaths(carePlanFieldsSchema))(
    'shows the date at %s as dd-mm-jjjj and stores it as ISO again',
    (path) => {
      const stored = valuesAt(fieldsOf(), path);
      // The complete test plan holds a date in every date field, so a new one is tested here too.
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.every((date) => typeof date === 'string')).toBe(true);
      const shown = valuesAt(toFormValues(fieldsOf()), path);
      expect(shown.every((date) => typeof date === 'string' && /^\d{2}-\d{2}-\d{4}$/.test(date))).toBe(true);
      expect(valuesAt(toCarePlanInput(toFormValues(fieldsOf())), path)).toEqual(stored);
    },
  );

  it.each<[string, CarePlanFields]>([
    ['a complete plan', fieldsOf()],
    ['the empty draft', emptyCarePlanFields()],
  ])('turns %s into text and back without loss', (_case, fields) => {
    const checked = validateCarePlanFields(toCarePlanInput(toFormValues(fields)), TODAY);
    expect(checked).toEqual({ ok: true, value: fields });
  });

  it('shows dates as dd-mm-jjjj, unchosen options as empty and participants one per line', () => {
    const values = toFormValues(fieldsOf());
    expect(values.startDate).toBe('01-11-2026');
    expect(values.limitReanimatie.decision).toBe('niet');
    expect(values.acpConversations[0]).toEqual({
      date: '02-10-2026',
      participants: 'H. Bakker\nEls de Vries',
    });
    expect(toFormValues(emptyCarePlanFields()).treatmentGoal).toEqual({ goal: '', dateDiscussed: '' });
  });

  it('reads typed dates the Dutch way and passes text that is no date on for the schema to refuse', () => {
    const values: CarePlanFormValues = {
      ...toFormValues(emptyCarePlanFields()),
      startDate: '7-3-2026',
      acuteAgreements: { text: '', lastDiscussed: '31-02-2026' },
      acpConversations: [{ date: '01-11-2026', participants: ' Els \n\n Wies ' }],
    };
    const input = toCarePlanInput(values);
    expect(input.startDate).toBe('2026-03-07');
    expect(input.acuteAgreements).toEqual({ text: '', lastDiscussed: '31-02-2026' });
    expect(input.acpConversations).toEqual([{ date: '2026-11-01', participants: ['Els', 'Wies'] }]);
    const checked = validateCarePlanFields(input, TODAY);
    const issues = checked.ok ? [] : checked.issues.map((issue) => `${issue.field}:${issue.code}`);
    expect(new Set(issues)).toEqual(new Set(['acuteAgreements.lastDiscussed:date.invalid']));
  });

  it.each([
    ['limitReanimatie.dateDiscussed', 'limitReanimatie.dateDiscussed'],
    ['acpConversations.1.participants.3', 'acpConversations.1.participants'],
    ['acpConversations', 'acpConversations.root'],
    ['lichamelijk.actions', 'lichamelijk.actions.root'],
    ['contacts.0.phone', 'contacts.0.phone'],
  ])('puts an issue of %s on the form field %s', (field, path) => {
    expect(formPathOf(field)).toBe(path);
  });

  it('keeps the first issue per field as the form error', () => {
    const errors = toFieldErrors([
      { field: 'contacts.0.phone', code: 'contact.unreachable' },
      { field: 'contacts.0.phone', code: 'phone.invalid' },
    ]);
    expect(errors.contacts?.[0]?.phone).toEqual({ type: 'domain', message: 'contact.unreachable' });
  });

  it('resolves a valid form to the plan fields, and an invalid one to errors at the field paths', async () => {
    const resolve = carePlanResolver(TODAY);
    const options = { fields: {}, shouldUseNativeValidation: false } as const;
    const valid = await resolve(toFormValues(fieldsOf()), undefined, options);
    expect(valid).toEqual({ values: fieldsOf(), errors: {} });
    const form = toFormValues(fieldsOf());
    const invalid = await resolve(
      { ...form, limitIcOpname: { ...form.limitIcOpname, dateDiscussed: '' } },
      undefined,
      options,
    );
    expect(invalid.errors).toEqual({
      limitIcOpname: { dateDiscussed: { type: 'domain', message: 'dateDiscussed.requiredForNiet' } },
    });
  });
});
