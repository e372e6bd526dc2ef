/**
 * The shape of an incoming Bundle as far as the import reads it, checked with zod before anything is read,
 * and the context the import's mappers share (reference resolution, reporting what could not be mapped).
 * Schemas are loose: unknown elements pass and are simply not read.
 */
import { z } from 'zod';
import { isoDateSchema, type IsoDate } from '../../date-schemas';

export const codingSchema = z
  .object({ system: z.string().optional(), code: z.string().optional(), display: z.string().optional() })
  .loose();
export const conceptSchema = z
  .object({ coding: z.array(codingSchema).optional(), text: z.string().optional() })
  .loose();
export const referenceSchema = z
  .object({
    reference: z.string().optional(),
    type: z.string().optional(),
    display: z.string().optional(),
    identifier: z.object({ system: z.string().optional(), value: z.string().optional() }).loose().optional(),
  })
  .loose();
export const extensionSchema = z.object({ url: z.string(), valueString: z.string().optional() }).loose();
const periodSchema = z.object({ start: z.string().optional(), end: z.string().optional() }).loose();
const humanNameSchema = z
  .object({
    text: z.string().optional(),
    family: z.string().optional(),
    given: z.array(z.string()).optional(),
  })
  .loose();
const contactPointSchema = z.object({ system: z.string().optional(), value: z.string().optional() }).loose();

export type Concept = z.infer<typeof conceptSchema>;
export type FhirReference = z.infer<typeof referenceSchema>;
export type FhirExtension = z.infer<typeof extensionSchema>;
export type HumanName = z.infer<typeof humanNameSchema>;

export interface Provision {
  type?: string | undefined;
  period?: { start?: string | undefined; end?: string | undefined } | undefined;
  code?: Concept[] | undefined;
  actor?: { role?: Concept | undefined; reference?: FhirReference | undefined }[] | undefined;
  provision?: Provision[] | undefined;
}
export const provisionSchema: z.ZodType<Provision> = z.lazy(() =>
  z
    .object({
      type: z.string().optional(),
      period: periodSchema.optional(),
      code: z.array(conceptSchema).optional(),
      actor: z
        .array(z.object({ role: conceptSchema.optional(), reference: referenceSchema.optional() }).loose())
        .optional(),
      provision: z.array(provisionSchema).optional(),
    })
    .loose(),
);

const base = {
  id: z.string().optional(),
  status: z.string().optional(),
  meta: z
    .object({ profile: z.array(z.string()).optional() })
    .loose()
    .optional(),
  extension: z.array(extensionSchema).optional(),
  modifierExtension: z.array(extensionSchema).optional(),
};

export const consentSchema = z
  .object({
    ...base,
    resourceType: z.literal('Consent'),
    patient: referenceSchema.optional(),
    scope: conceptSchema.optional(),
    category: z.array(conceptSchema).optional(),
    dateTime: z.string().optional(),
    provision: provisionSchema.optional(),
  })
  .loose();
export const goalSchema = z
  .object({
    ...base,
    resourceType: z.literal('Goal'),
    lifecycleStatus: z.string().optional(),
    subject: referenceSchema.optional(),
    description: conceptSchema,
    statusDate: z.string().optional(),
    startDate: z.string().optional(),
  })
  .loose();
export const observationSchema = z
  .object({
    ...base,
    resourceType: z.literal('Observation'),
    subject: referenceSchema.optional(),
    code: conceptSchema,
    note: z.array(z.object({ text: z.string().optional() }).loose()).optional(),
    effectiveDateTime: z.string().optional(),
    effectivePeriod: periodSchema.optional(),
    valueCodeableConcept: conceptSchema.optional(),
    valueString: z.string().optional(),
    valueBoolean: z.boolean().optional(),
    dataAbsentReason: conceptSchema.optional(),
  })
  .loose();
export const personSchema = z
  .object({
    ...base,
    resourceType: z.enum(['Patient', 'Practitioner', 'RelatedPerson']),
    patient: referenceSchema.optional(),
    name: z.array(humanNameSchema).optional(),
    telecom: z.array(contactPointSchema).optional(),
    relationship: z.array(conceptSchema).optional(),
    birthDate: z.string().optional(),
  })
  .loose();
export const careTeamSchema = z
  .object({
    ...base,
    resourceType: z.literal('CareTeam'),
    subject: referenceSchema.optional(),
    participant: z
      .array(
        z.object({ role: z.array(conceptSchema).optional(), member: referenceSchema.optional() }).loose(),
      )
      .optional(),
  })
  .loose();
export const encounterSchema = z
  .object({
    ...base,
    resourceType: z.literal('Encounter'),
    subject: referenceSchema.optional(),
    participant: z.array(z.object({ individual: referenceSchema.optional() }).loose()).optional(),
    period: periodSchema.optional(),
    reasonReference: z.array(referenceSchema).optional(),
  })
  .loose();
export const procedureSchema = z
  .object({
    ...base,
    resourceType: z.literal('Procedure'),
    subject: referenceSchema.optional(),
    code: conceptSchema.optional(),
    encounter: referenceSchema.optional(),
    performedDateTime: z.string().optional(),
    performedPeriod: periodSchema.optional(),
    performer: z.array(z.object({ actor: referenceSchema }).loose()).optional(),
  })
  .loose();

export const practitionerRoleSchema = z
  .object({
    ...base,
    resourceType: z.literal('PractitionerRole'),
    practitioner: referenceSchema.optional(),
    code: z.array(conceptSchema).optional(),
    telecom: z.array(contactPointSchema).optional(),
  })
  .loose();
export const communicationSchema = z
  .object({
    ...base,
    resourceType: z.literal('Communication'),
    subject: referenceSchema.optional(),
    topic: conceptSchema.optional(),
    reasonCode: z.array(conceptSchema).optional(),
    sent: z.string().optional(),
  })
  .loose();

export type ConsentResource = z.infer<typeof consentSchema>;
export type ObservationResource = z.infer<typeof observationSchema>;
export type PersonResource = z.infer<typeof personSchema>;

export const resourceSchema = z
  .object({
    resourceType: z.string().min(1),
    id: z.string().optional(),
    contained: z.array(z.object({ resourceType: z.string(), id: z.string().optional() }).loose()).optional(),
  })
  .loose();
export type AnyResource = z.infer<typeof resourceSchema>;

/** An entry as it must be to be read at all; an entry that is not is reported on its own. */
export const entrySchema = z.object({ fullUrl: z.string().optional(), resource: resourceSchema }).loose();

export const bundleSchema = z
  .object({
    resourceType: z.literal('Bundle'),
    type: z.enum([
      'document',
      'message',
      'transaction',
      'transaction-response',
      'batch',
      'batch-response',
      'history',
      'searchset',
      'collection',
    ]),
    entry: z.array(z.unknown()).optional(),
  })
  .loose();

/** Something in the Bundle the import could not put in the plan, and why (a code the UI translates). */
export interface UnmappedItem {
  resourceType: string;
  /** Where in the Bundle, e.g. `entry[4]` or `entry[4].provision.code`. */
  path: string;
  reason: string;
}

/** The date part of a FHIR date or dateTime, or null when absent or not a real date. */
export function dateOf(value: string | undefined): IsoDate | null {
  if (value === undefined) return null;
  const parsed = isoDateSchema.safeParse(value.slice(0, 10));
  return parsed.success ? parsed.data : null;
}

export function nameOf(names: HumanName[] | undefined): string | undefined {
  const name = names?.[0];
  if (name === undefined) return undefined;
  const text = name.text ?? [...(name.given ?? []), name.family ?? ''].join(' ');
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

export const codesOf = (concept: Concept | undefined, system: string): string[] =>
  (concept?.coding ?? []).filter((coding) => coding.system === system).flatMap((coding) => coding.code ?? []);
