/**
 * The rules of a care plan beyond its shape. Two kinds:
 * - hard rules hold for every plan, drafts included: what the plan says must be possible and usable at night
 *   (a contact can be reached, no date lies in the future or before the plan's start, a "niet" decision says
 *   when it was discussed, an "anders" says what was agreed instead);
 * - completeness rules hold only for an established plan (`vastgesteld`): the essentials listed in
 *   `ESSENTIALS` must be filled. A draft (`concept`) may lack them and is marked as a draft everywhere.
 */
import type { IsoDate } from '../date-schemas';
import { carePlanFieldsSchema, DIMENSIONS, type CarePlanFields } from './care-plan';
import { treatmentLimitsOf, type TreatmentLimitEntry } from './factory';

export interface CarePlanIssue {
  /** Dotted path to the field, e.g. `limitReanimatie.dateDiscussed` or `contacts.1.phone`. */
  field: string;
  /** Error code; the UI turns it into a Dutch sentence next to the field. */
  code: string;
}

/**
 * What an established plan must hold, by field path. These are the facts the out-of-hours GP, the ambulance
 * and the team need first: who coordinates and whom to call, whether to resuscitate, admit to hospital or to
 * intensive care, the goal of treatment, the preferred place of death (onbekend counts as an answer), the
 * agreements for acute situations, a start date, at least one recorded ACP conversation, and every dimension
 * discussed at least once.
 */
export const ESSENTIALS = [
  'startDate',
  'regiebehandelaar.name',
  'regiebehandelaar.phone',
  'eersteAanspreekpunt.name',
  'eersteAanspreekpunt.phone',
  'limitReanimatie.decision',
  'limitZiekenhuisopname.decision',
  'limitIcOpname.decision',
  'treatmentGoal.goal',
  'preferredPlaceOfDeath.place',
  'acuteAgreements.text',
  'acpConversations',
  'lichamelijk.lastDiscussed',
  'psychisch.lastDiscussed',
  'sociaal.lastDiscussed',
  'spiritueel.lastDiscussed',
] as const;

function valueAt(fields: CarePlanFields, path: string): unknown {
  let value: unknown = fields;
  for (const key of path.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

const isMissing = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

function limitPath(limit: TreatmentLimitEntry, key: string): string {
  return limit.kind === 'anders' ? `otherLimits.${limit.index}.${key}` : `${limit.field}.${key}`;
}

/** Every date that records something that happened; none may lie in the future. */
function pastDates(fields: CarePlanFields): [string, IsoDate | null][] {
  return [
    ...DIMENSIONS.map((d): [string, IsoDate | null] => [`${d}.lastDiscussed`, fields[d].lastDiscussed]),
    ...treatmentLimitsOf(fields).map((l): [string, IsoDate | null] => [
      limitPath(l, 'dateDiscussed'),
      l.dateDiscussed,
    ]),
    ['medicationAndAids.lastDiscussed', fields.medicationAndAids.lastDiscussed],
    ['acuteAgreements.lastDiscussed', fields.acuteAgreements.lastDiscussed],
    ['vptz.deployedSince', fields.vptz.deployedSince],
    ['treatmentGoal.dateDiscussed', fields.treatmentGoal.dateDiscussed],
    ['preferredPlaceOfDeath.dateDiscussed', fields.preferredPlaceOfDeath.dateDiscussed],
    ['euthanasia.dateDiscussed', fields.euthanasia.dateDiscussed],
    ['donorRegister.dateDiscussed', fields.donorRegister.dateDiscussed],
    ['wishes.dateDiscussed', fields.wishes.dateDiscussed],
    ['whatElseMatters.dateDiscussed', fields.whatElseMatters.dateDiscussed],
    ['naastenInformed.date', fields.naastenInformed.date],
    ['consentToShare.date', fields.consentToShare.date],
    ...fields.acpConversations.map((c, i): [string, IsoDate | null] => [
      `acpConversations.${i}.date`,
      c.date,
    ]),
  ];
}

/** Rules that hold for drafts too: reachable contacts, possible dates, decisions that say what they mean. */
export function carePlanHardIssues(fields: CarePlanFields, today: IsoDate): CarePlanIssue[] {
  const issues: CarePlanIssue[] = [];
  fields.contacts.forEach((contact, index) => {
    if (contact.phone === '' && contact.email === '')
      issues.push({ field: `contacts.${index}.phone`, code: 'contact.unreachable' });
  });
  for (const [field, date] of pastDates(fields)) {
    if (date !== null && date > today) issues.push({ field, code: 'date.future' });
  }
  const { startDate } = fields;
  for (const dimension of DIMENSIONS) {
    const { evaluationDate } = fields[dimension];
    if (startDate !== null && evaluationDate !== null && evaluationDate < startDate)
      issues.push({ field: `${dimension}.evaluationDate`, code: 'evaluationDate.beforeStart' });
  }
  for (const limit of treatmentLimitsOf(fields)) {
    // A refusal of treatment must always be traceable to the conversation in which it was agreed.
    if (limit.decision === 'niet' && limit.dateDiscussed === null)
      issues.push({ field: limitPath(limit, 'dateDiscussed'), code: 'dateDiscussed.requiredForNiet' });
    if (limit.decision === 'anders' && limit.comment === '')
      issues.push({ field: limitPath(limit, 'comment'), code: 'comment.requiredForAnders' });
  }
  if (fields.preferredPlaceOfDeath.place === 'anders' && fields.preferredPlaceOfDeath.otherText === '')
    issues.push({ field: 'preferredPlaceOfDeath.otherText', code: 'required' });
  return issues;
}

/** The essentials an established plan lacks, as `required` issues (empty for a complete plan). */
export function missingEssentials(fields: CarePlanFields): CarePlanIssue[] {
  const issues: CarePlanIssue[] = ESSENTIALS.filter((path) => isMissing(valueAt(fields, path))).map(
    (field) => ({ field, code: 'required' }),
  );
  fields.otherLimits.forEach((limit, index) => {
    if (limit.decision === null) issues.push({ field: `otherLimits.${index}.decision`, code: 'required' });
  });
  return issues;
}

/**
 * All issues of a plan on a given day: the hard rules always, the completeness rules only for an established
 * plan. An empty list means the plan may be saved with its status.
 */
export function carePlanIssues(fields: CarePlanFields, today: IsoDate): CarePlanIssue[] {
  const hard = carePlanHardIssues(fields, today);
  return fields.status === 'vastgesteld' ? [...hard, ...missingEssentials(fields)] : hard;
}

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * Validates edited plan fields: the schema, then the rules. Returns the parsed fields or every issue with its
 * field path and error code. Used by forms and by the database before a save.
 */
export function validateCarePlanFields(
  candidate: unknown,
  today: IsoDate,
): { ok: true; value: CarePlanFields } | { ok: false; issues: CarePlanIssue[] } {
  const parsed = carePlanFieldsSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ field: pathOf(issue.path), code: issue.message })),
    };
  }
  const issues = carePlanIssues(parsed.data, today);
  return issues.length === 0 ? { ok: true, value: parsed.data } : { ok: false, issues };
}

/** The schema of edited fields together with the rules of a given day, for form resolvers. */
export function carePlanFieldsSchemaOn(today: IsoDate) {
  return carePlanFieldsSchema.superRefine((fields, context) => {
    for (const issue of carePlanIssues(fields, today)) {
      context.addIssue({ code: 'custom', path: issue.field.split('.'), message: issue.code });
    }
  });
}
