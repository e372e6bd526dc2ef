/**
 * Import of a PZP Bundle (FHIR R4, IKNL PZP guide) into a partial care plan, for a person to review before
 * anything is saved. Nothing here throws: the text is size- and depth-checked before it is read, each entry is
 * checked with zod on its own, and whatever cannot be read is reported with where it is and why.
 *
 * Safety before completeness:
 * - only resources whose subject is the patient being imported are read; other patients are reported;
 * - a fact entered in error is skipped; one withdrawn, ended or cancelled is history, never a current fact;
 * - every entry or element that is not mapped, or only partly, is listed with its reason.
 *
 * The plan is partial: only the facts found are set. It carries no status.
 */
import type { z } from 'zod';
import type { IsoDate } from '../../date-schemas';
import { isoDateOf } from '../../dates';
import type { CarePlanFields } from '../care-plan';
import {
  isAcpProcedure,
  readAcpProcedure,
  readCareTeam,
  readCommunication,
  readGoal,
  readObservation,
  readPractitionerRole,
  readRelatedPerson,
} from './import-clinical';
import { report, type HistoryItem, type ImportContext } from './import-context';
import { readConsent } from './import-consents';
import { parseInput, type InputEntry } from './import-input';
import {
  careTeamSchema,
  communicationSchema,
  consentSchema,
  encounterSchema,
  goalSchema,
  observationSchema,
  personSchema,
  practitionerRoleSchema,
  procedureSchema,
  type AnyResource,
  type UnmappedItem,
} from './import-schemas';
import { standingOf, type Standing } from './import-status';
import {
  choosePatient,
  patientOf,
  resolverOf,
  statusAndEnd,
  subjectProblem,
  type ImportedPatient,
} from './import-subject';
import { reportUnread } from './import-unread';

export type { UnmappedItem } from './import-schemas';
export type { HistoryItem } from './import-context';
export { PZP_IMPORT_ERRORS, type PzpImportError } from './import-input';

export type { ImportedPatient } from './import-subject';

export interface PzpImportOptions {
  /** The patient being imported for: the Bundle's Patient with this name and birth date is read. */
  expected?: ImportedPatient;
  /** The day of the import (default: today), before which an ended fact is history. */
  today?: IsoDate;
}

export type PzpImportResult =
  | {
      ok: true;
      plan: Partial<CarePlanFields>;
      patient: ImportedPatient | null;
      /** Patients in the Bundle other than the one imported; none of their facts are read. */
      otherPatients: ImportedPatient[];
      unmapped: UnmappedItem[];
      /** Facts that are no longer current, shown as history and never put in the plan. */
      history: HistoryItem[];
    }
  | { ok: false; error: import('./import-input').PzpImportError };

type Encounter = z.infer<typeof encounterSchema>;

/** The Encounter of each ACP Procedure: the one it names, or the one that names it as its reason. */
function encountersOf(entries: readonly InputEntry[], context: ImportContext): Map<AnyResource, AnyResource> {
  const encounterOf = new Map<AnyResource, AnyResource>();
  for (const { resource } of entries) {
    if (resource.resourceType === 'Procedure') {
      const parsed = procedureSchema.safeParse(resource);
      const encounter = parsed.success ? context.resolve(parsed.data.encounter, resource) : undefined;
      if (encounter?.resourceType === 'Encounter') encounterOf.set(resource, encounter);
    }
  }
  for (const { resource } of entries) {
    const parsed = resource.resourceType === 'Encounter' ? encounterSchema.safeParse(resource) : undefined;
    for (const reason of parsed?.success ? (parsed.data.reasonReference ?? []) : []) {
      const procedure = context.resolve(reason, resource);
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

interface Walk {
  encounterOf: Map<AnyResource, AnyResource>;
  usedEncounters: Set<AnyResource>;
}

/** Reads one resource of the patient into the context's plan; returns the elements it read beyond its type's. */
function readResource(context: ImportContext, walk: Walk, entry: InputEntry, path: string): string[] {
  const { resource, fullUrl } = entry;
  switch (resource.resourceType) {
    case 'RelatedPerson': {
      const person = parsedAs(context, personSchema, resource, path);
      if (person !== undefined) readRelatedPerson(context, person, path);
      return [];
    }
    case 'PractitionerRole': {
      const role = parsedAs(context, practitionerRoleSchema, resource, path);
      if (role !== undefined) readPractitionerRole(context, role, resource);
      return [];
    }
    case 'CareTeam': {
      const team = parsedAs(context, careTeamSchema, resource, path);
      if (team !== undefined) readCareTeam(context, team, path, resource);
      return [];
    }
    case 'Consent': {
      const consent = parsedAs(context, consentSchema, resource, path);
      return consent === undefined ? [] : readConsent(context, consent, path, fullUrl ?? path, resource);
    }
    case 'Goal': {
      const goal = parsedAs(context, goalSchema, resource, path);
      if (goal !== undefined) readGoal(context, goal, path);
      return [];
    }
    case 'Observation': {
      const observation = parsedAs(context, observationSchema, resource, path);
      return observation === undefined ? [] : readObservation(context, observation, path);
    }
    case 'Communication': {
      const communication = parsedAs(context, communicationSchema, resource, path);
      if (communication !== undefined) readCommunication(context, communication, path);
      return [];
    }
    case 'Procedure': {
      const procedure = parsedAs(context, procedureSchema, resource, path);
      if (procedure === undefined) return [];
      if (!isAcpProcedure(procedure)) {
        report(context, 'Procedure', `${path}.code`, 'code.unknown');
        return [];
      }
      const encounterResource = walk.encounterOf.get(resource);
      const encounter: Encounter | undefined = encounterResource
        ? encounterSchema.safeParse(encounterResource).data
        : undefined;
      if (encounterResource !== undefined) walk.usedEncounters.add(encounterResource);
      readAcpProcedure(context, procedure, encounter, path, resource);
      return [];
    }
    default:
      report(context, resource.resourceType, path, 'resource.unsupported');
      return [];
  }
}

/** Reads a fact that is no longer current on its own, to show it as history. */
function recordHistory(context: ImportContext, walk: Walk, entry: InputEntry, path: string, reason: string) {
  const scratch: ImportContext = {
    ...context,
    plan: {},
    sources: new Map(),
    contradicted: new Set(),
    unmapped: [],
    history: [],
  };
  readResource(scratch, walk, entry, path);
  context.history.push({ resourceType: entry.resource.resourceType, path, reason, plan: scratch.plan });
  report(context, entry.resource.resourceType, path, reason);
}

function readEntries(
  context: ImportContext,
  entries: readonly InputEntry[],
  patient: AnyResource | undefined,
) {
  const walk: Walk = { encounterOf: encountersOf(entries, context), usedEncounters: new Set() };
  for (const entry of entries) {
    const { resource } = entry;
    const path = `entry[${String(entry.index)}]`;
    // People are read where they are referenced; the patient identifies the Bundle. A Provenance (who
    // recorded a decision namens whom) is not taken over: the server attributes what this user records.
    if (['Practitioner', 'Encounter', 'Provenance'].includes(resource.resourceType)) continue;
    if (resource.resourceType === 'Patient') {
      if (resource === patient) reportUnread(context, resource, path);
      continue;
    }
    const problem = subjectProblem(context, resource, patient);
    if (problem !== undefined) {
      report(context, resource.resourceType, path, problem);
      continue;
    }
    const { status, end } = statusAndEnd(resource);
    const standing: Standing = standingOf(resource.resourceType, status, end, context.today);
    if (standing.kind === 'skip') {
      report(context, resource.resourceType, path, standing.reason);
      continue;
    }
    if (standing.kind === 'history') {
      recordHistory(context, walk, entry, path, standing.reason);
      continue;
    }
    const before = context.unmapped.length;
    const also = readResource(context, walk, entry, path);
    // A resource reported as a whole (unknown code, invalid) is not also reported element by element.
    if (
      context.unmapped.length === before ||
      context.unmapped.slice(before).every((item) => item.path !== path)
    )
      reportUnread(context, resource, path, also);
  }
  for (const { resource, index } of entries) {
    if (resource.resourceType !== 'Encounter' || walk.usedEncounters.has(resource)) continue;
    const problem = subjectProblem(context, resource, patient);
    report(context, 'Encounter', `entry[${String(index)}]`, problem ?? 'encounter.notAcp');
  }
}

/** A written declaration found as a wilsverklaring is the position "heeft euthanasieverklaring" when none is recorded. */
function settleEuthanasia(context: ImportContext): void {
  if (!context.hasEuthanasiaDeclaration) return;
  const current = context.plan.euthanasia;
  if (current === undefined)
    context.plan.euthanasia = { position: 'heeftVerklaring', dateDiscussed: null, comment: '' };
  else if (current.position === null) context.plan.euthanasia = { ...current, position: 'heeftVerklaring' };
}

function importEntries(json: unknown, options: PzpImportOptions): PzpImportResult {
  const input = parseInput(json);
  if (!input.ok) return input;
  const context: ImportContext = {
    plan: {},
    hasEuthanasiaDeclaration: false,
    sources: new Map(),
    contradicted: new Set(),
    unmapped: input.invalid.map((index) => ({
      resourceType: 'Bundle',
      path: `entry[${String(index)}]`,
      reason: 'entry.invalid',
    })),
    history: [],
    today: options.today ?? isoDateOf(new Date()),
    resolve: resolverOf(input.entries),
  };
  const chosen = choosePatient(input.entries, options.expected);
  const otherPatients: ImportedPatient[] = [];
  for (const { resource, index } of input.entries) {
    if (resource.resourceType !== 'Patient' || resource === chosen?.resource) continue;
    otherPatients.push(patientOf(resource) ?? { name: '', birthDate: null });
    report(context, 'Patient', `entry[${String(index)}]`, 'patient.other');
  }
  readEntries(context, input.entries, chosen?.resource);
  settleEuthanasia(context);
  return {
    ok: true,
    plan: context.plan,
    patient: chosen === undefined ? null : (patientOf(chosen.resource) ?? null),
    otherPatients,
    unmapped: context.unmapped,
    history: context.history,
  };
}

/**
 * Reads a PZP Bundle (a parsed JSON value or its text) into a partial care plan: the treatment limits, the
 * treatment goal, the preferred place of death, the position on euthanasia, the donor register, the wishes,
 * what else matters, informing the naasten, the consent to share, the ACP conversations, the contacts and the
 * professionals. Whatever it cannot map is listed in `unmapped`; facts no longer current in `history`.
 */
export function importPzpBundle(json: unknown, options: PzpImportOptions = {}): PzpImportResult {
  try {
    return importEntries(json, options);
  } catch {
    // The limits above should make this unreachable; the promise not to throw holds regardless.
    return { ok: false, error: 'fhir.unreadable' };
  }
}
