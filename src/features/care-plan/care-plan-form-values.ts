/**
 * The care plan form works on text as typed: dates as dd-mm-jjjj, an unchosen option as '', the
 * participants of a conversation one per line. These functions translate between that and the domain's
 * CarePlanFields, and turn the domain's issues into form errors at the same paths.
 */
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  carePlanFieldsSchema,
  isoDatePaths,
  parseDutchDate,
  toDutchDate,
  validateCarePlanFields,
  type CarePlanFields,
  type CarePlanIssue,
  type IsoDate,
} from '../../domain';

/** A domain value as the form holds it: text for dates and options, lists item by item. */
type FormValueOf<T> = T extends boolean
  ? boolean
  : T extends string | null
    ? string
    : T extends readonly (infer Item)[]
      ? FormValueOf<Item>[]
      : T extends object
        ? { [K in keyof T]: FormValueOf<T[K]> }
        : never;

export interface AcpConversationValues {
  date: string;
  /** One participant per line. */
  participants: string;
}

export type CarePlanFormValues = Omit<FormValueOf<CarePlanFields>, 'acpConversations'> & {
  acpConversations: AcpConversationValues[];
};

/**
 * Paths whose text is a date (dd-mm-jjjj in the form, ISO or null in the plan), read from the plan's schema
 * so a new date field is converted too; an array's items are `*`.
 */
const DATE_PATHS = new Set(isoDatePaths(carePlanFieldsSchema));

/** The path of `key` inside the value at `path`; array items have no key of their own. */
const childPath = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
const keyOf = (path: string) => path.slice(path.lastIndexOf('.') + 1);
/** Keys of options that may be left unchosen ('' in the form, null in the plan). */
const OPTIONAL_CHOICE_KEYS = new Set([
  'decision',
  'position',
  'goal',
  'place',
  'choiceRecorded',
  'informed',
  'hap',
  'ambulance',
]);

/** A typed date in ISO form; text that is not a real date passes through so the schema reports it. */
function typedDate(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return parseDutchDate(trimmed) ?? trimmed;
}

function toInput(value: unknown, path: string): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => toInput(item, childPath(path, '*')));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toInput(v, childPath(path, k))]));
  }
  if (typeof value !== 'string') return value;
  const key = keyOf(path);
  // A decision without a "namens" shows as empty in the form; it is stored as null.
  if (key === 'onBehalfOf') return value === '' ? null : value;
  if (DATE_PATHS.has(path)) return typedDate(value);
  if (OPTIONAL_CHOICE_KEYS.has(key)) return value === '' ? null : value;
  // An unchosen kind of contact stays missing, so the schema asks for it.
  if (key === 'kind') return value === '' ? undefined : value;
  if (key === 'participants') {
    return value
      .split('\n')
      .map((name) => name.trim())
      .filter((name) => name !== '');
  }
  return value;
}

/** Maps the form's text onto the shape of CarePlanFields, leaving validation to the domain. */
export function toCarePlanInput(values: CarePlanFormValues): Record<string, unknown> {
  return toInput(values, '') as Record<string, unknown>;
}

function toForm(value: unknown, path: string): unknown {
  if (Array.isArray(value)) {
    return keyOf(path) === 'participants'
      ? value.join('\n')
      : value.map((item: unknown) => toForm(item, childPath(path, '*')));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toForm(v, childPath(path, k))]));
  }
  if (value === null) return '';
  if (typeof value === 'string' && DATE_PATHS.has(path)) return toDutchDate(value as IsoDate);
  return value;
}

/** The form values that show a plan (or the empty draft). */
export function toFormValues(fields: CarePlanFields): CarePlanFormValues {
  const { acpConversations, ...rest } = fields;
  return {
    ...(toForm(rest, '') as Omit<CarePlanFormValues, 'acpConversations'>),
    acpConversations: acpConversations.map((talk) => ({
      date: toDutchDate(talk.date),
      participants: talk.participants.join('\n'),
    })),
  };
}

/**
 * The form field an issue belongs to. One participant's issue belongs to the participants box; an issue
 * of a whole list (e.g. "at least one conversation") to the list's `root`, where field arrays keep it.
 */
export function formPathOf(field: string): string {
  const participants = /^(acpConversations\.\d+\.participants)\.\d+$/.exec(field);
  if (participants?.[1]) return participants[1];
  if (['contacts', 'otherLimits', 'acpConversations'].includes(field)) return `${field}.root`;
  if (/^(lichamelijk|psychisch|sociaal|spiritueel)\.actions$/.test(field)) return `${field}.root`;
  return field;
}

/** The domain's issues as react-hook-form errors; the message is the error code, the first per field. */
export function toFieldErrors(issues: readonly CarePlanIssue[]): FieldErrors<CarePlanFormValues> {
  const errors: FieldErrors<CarePlanFormValues> = {};
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = formPathOf(issue.field);
    if (seen.has(path)) continue;
    seen.add(path);
    set(errors, path, { type: 'domain', message: issue.code });
  }
  return errors;
}

/** Checks the form with the plan's schema and the rules of `today`, as the database will on saving. */
export function carePlanResolver(today: IsoDate): Resolver<CarePlanFormValues, unknown, CarePlanFields> {
  return (values) => {
    const checked = validateCarePlanFields(toCarePlanInput(values), today);
    return checked.ok
      ? { values: checked.value, errors: {} }
      : { values: {}, errors: toFieldErrors(checked.issues) };
  };
}
