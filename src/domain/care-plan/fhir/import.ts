/**
 * Import of a PZP Bundle (FHIR R4, national PZP standard) into a partial care plan. The input is checked with
 * zod before anything is read, and nothing here throws on bad input: a Bundle that cannot be read at all gives
 * an error code; everything that can be read is mapped, and every resource or element that cannot be mapped
 * is listed with where it is and why, so the user sees exactly what did not come across.
 *
 * The plan is partial: only the facts found are set. It carries no status; the caller saves imported facts
 * into a draft (`concept`) for a person to check before establishing the plan.
 */
import type { z } from 'zod';
import type { IsoDate } from '../../date-schemas';
import type { CarePlanFields } from '../care-plan';
import {
  isAcpProcedure,
  readAcpProcedure,
  readCareTeam,
  readGoal,
  readObservation,
  readRelatedPerson,
} from './import-clinical';
import { report, type ImportContext } from './import-context';
import { readConsent } from './import-consents';
import {
  bundleSchema,
  careTeamSchema,
  consentSchema,
  dateOf,
  encounterSchema,
  goalSchema,
  nameOf,
  observationSchema,
  personSchema,
  procedureSchema,
  type AnyResource,
  type FhirReference,
  type UnmappedItem,
} from './import-schemas';

export type { UnmappedItem } from './import-schemas';

/** Why a Bundle could not be read at all. */
export const PZP_IMPORT_ERRORS = ['fhir.notJson', 'fhir.notBundle', 'fhir.malformedBundle'] as const;
export type PzpImportError = (typeof PZP_IMPORT_ERRORS)[number];

export interface ImportedPatient {
  /** The patient's name as the Bundle gives it, for the user to check it is the right patient. */
  name: string;
  birthDate: IsoDate | null;
}

export type PzpImportResult =
  | { ok: true; plan: Partial<CarePlanFields>; patient: ImportedPatient | null; unmapped: UnmappedItem[] }
  | { ok: false; error: PzpImportError };

interface Entry {
  fullUrl?: string | undefined;
  resource: AnyResource;
}
type Encounter = z.infer<typeof encounterSchema>;
type Procedure = z.infer<typeof procedureSchema>;

function parseInput(json: unknown): { ok: true; entries: Entry[] } | { ok: false; error: PzpImportError } {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json) as unknown;
    } catch {
      return { ok: false, error: 'fhir.notJson' };
    }
  }
  if (
    typeof input !== 'object' ||
    input === null ||
    (input as { resourceType?: unknown }).resourceType !== 'Bundle'
  )
    return { ok: false, error: 'fhir.notBundle' };
  const parsed = bundleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'fhir.malformedBundle' };
  return { ok: true, entries: parsed.data.entry ?? [] };
}

/** Finds a referenced resource by full URL, or by `Type/id` (also at the end of an absolute URL). */
function resolverOf(
  entries: readonly Entry[],
): (reference: FhirReference | undefined) => AnyResource | undefined {
  const index = new Map<string, AnyResource>();
  for (const { fullUrl, resource } of entries) {
    if (fullUrl !== undefined) index.set(fullUrl, resource);
    if (resource.id !== undefined) index.set(`${resource.resourceType}/${resource.id}`, resource);
  }
  return (reference) => {
    const target = reference?.reference;
    if (target === undefined) return undefined;
    return index.get(target) ?? index.get(target.split('/').slice(-2).join('/'));
  };
}

/** The Encounter of each ACP Procedure: the one it names, or the one that names it as its reason. */
function encountersOf(entries: readonly Entry[], context: ImportContext): Map<AnyResource, AnyResource> {
  const encounterOf = new Map<AnyResource, AnyResource>();
  for (const { resource } of entries) {
    if (resource.resourceType === 'Procedure') {
      const parsed = procedureSchema.safeParse(resource);
      const encounter = parsed.success ? context.resolve(parsed.data.encounter) : undefined;
      if (encounter?.resourceType === 'Encounter') encounterOf.set(resource, encounter);
    }
  }
  for (const { resource } of entries) {
    const parsed = resource.resourceType === 'Encounter' ? encounterSchema.safeParse(resource) : undefined;
    for (const reason of parsed?.success ? (parsed.data.reasonReference ?? []) : []) {
      const procedure = context.resolve(reason);
      if (procedure?.resourceType === 'Procedure' && !encounterOf.has(procedure))
        encounterOf.set(procedure, resource);
    }
  }
  return encounterOf;
}

/** Parses a resource with its schema, reporting it when it does not fit. */
function parsedAs<T>(
  context: ImportContext,
  schema: z.ZodType<T>,
  resource: AnyResource,
  path: string,
): T | undefined {
  const parsed = schema.safeParse(resource);
  if (!parsed.success) report(context, resource.resourceType, path, 'resource.invalid');
  return parsed.success ? parsed.data : undefined;
}

function readEntries(context: ImportContext, entries: readonly Entry[]): ImportedPatient | null {
  const encounterOf = encountersOf(entries, context);
  const usedEncounters = new Set<AnyResource>();
  let patient: ImportedPatient | null = null;
  entries.forEach(({ fullUrl, resource }, index) => {
    const path = `entry[${index}]`;
    switch (resource.resourceType) {
      case 'Patient': {
        const person = parsedAs(context, personSchema, resource, path);
        if (patient !== null) report(context, 'Patient', path, 'patient.multiple');
        else if (person !== undefined)
          patient = { name: nameOf(person.name) ?? '', birthDate: dateOf(person.birthDate) };
        return;
      }
      case 'Practitioner':
        return; // Read where it is referenced (care team, participants).
      case 'RelatedPerson': {
        const person = parsedAs(context, personSchema, resource, path);
        if (person !== undefined) readRelatedPerson(context, person, path);
        return;
      }
      case 'CareTeam': {
        const team = parsedAs(context, careTeamSchema, resource, path);
        if (team !== undefined) readCareTeam(context, team, path);
        return;
      }
      case 'Consent': {
        const consent = parsedAs(context, consentSchema, resource, path);
        if (consent !== undefined) readConsent(context, consent, path, fullUrl ?? path);
        return;
      }
      case 'Goal': {
        const goal = parsedAs(context, goalSchema, resource, path);
        if (goal !== undefined) readGoal(context, goal, path);
        return;
      }
      case 'Observation': {
        const observation = parsedAs(context, observationSchema, resource, path);
        if (observation !== undefined) readObservation(context, observation, path);
        return;
      }
      case 'Procedure': {
        const procedure: Procedure | undefined = parsedAs(context, procedureSchema, resource, path);
        if (procedure === undefined) return;
        if (!isAcpProcedure(procedure)) {
          report(context, 'Procedure', `${path}.code`, 'code.unknown');
          return;
        }
        const encounterResource = encounterOf.get(resource);
        const encounter: Encounter | undefined = encounterResource
          ? encounterSchema.safeParse(encounterResource).data
          : undefined;
        if (encounterResource !== undefined) usedEncounters.add(encounterResource);
        readAcpProcedure(context, procedure, encounter, path);
        return;
      }
      case 'Encounter':
        return; // Read with the ACP procedure it belongs to; the rest is reported below.
      default:
        report(context, resource.resourceType, path, 'resource.unsupported');
    }
  });
  entries.forEach(({ resource }, index) => {
    if (resource.resourceType === 'Encounter' && !usedEncounters.has(resource))
      report(context, 'Encounter', `entry[${index}]`, 'encounter.notAcp');
  });
  return patient;
}

/** A written declaration found as a wilsverklaring counts as present unless the observation says otherwise. */
function settleEuthanasia(context: ImportContext): void {
  if (!context.hasEuthanasiaDeclaration) return;
  const current = context.plan.euthanasia;
  if (current === undefined)
    context.plan.euthanasia = { isWishDiscussed: false, declarationPresent: 'yes', dateDiscussed: null };
  else if (current.declarationPresent === 'unknown')
    context.plan.euthanasia = { ...current, declarationPresent: 'yes' };
}

/**
 * Reads a PZP Bundle (a parsed JSON value or its text) into a partial care plan: the treatment limits, the
 * treatment goal, the preferred place of death, the euthanasia facts, the donor register, the wishes, what
 * else matters, whether naasten were informed, the consent to share, the ACP conversations, the contacts and
 * the care team. Whatever it cannot map is listed in `unmapped`.
 */
export function importPzpBundle(json: unknown): PzpImportResult {
  const input = parseInput(json);
  if (!input.ok) return input;
  const context: ImportContext = {
    plan: {},
    hasEuthanasiaDeclaration: false,
    sources: new Map(),
    unmapped: [],
    resolve: resolverOf(input.entries),
  };
  const patient = readEntries(context, input.entries);
  settleEuthanasia(context);
  return { ok: true, plan: context.plan, patient, unmapped: context.unmapped };
}
