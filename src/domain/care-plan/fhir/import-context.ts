/** What the import's readers share while they walk the Bundle. */
import type { IsoDate } from '../../date-schemas';
import type { CarePlanFields } from '../care-plan';
import type { AnyResource, FhirReference, UnmappedItem } from './import-schemas';
import { nameOf, personSchema, practitionerRoleSchema } from './import-schemas';

/** A fact the Bundle holds that is no longer current (ended, inactive, withdrawn): shown, never applied. */
export interface HistoryItem {
  resourceType: string;
  path: string;
  reason: string;
  /** What the fact said, as plan fields, for the user to read. */
  plan: Partial<CarePlanFields>;
}

export interface ImportContext {
  /** The plan as far as it has been read. */
  plan: Partial<CarePlanFields>;
  /** A written euthanasia declaration (zib AdvanceDirective EU/EUD) was found. */
  hasEuthanasiaDeclaration: boolean;
  /** Where each plan field was read from, with the date it carries, to keep the newest of two. */
  sources: Map<string, { path: string; resourceType: string; date: IsoDate | null }>;
  /** Plan fields two directives contradict each other on, with no date to tell which came later: never read. */
  contradicted: Set<string>;
  unmapped: UnmappedItem[];
  history: HistoryItem[];
  /** The day of the import: a fact whose period ended before it is history. */
  today: IsoDate;
  /** The resource a reference points to, when it is in the Bundle (or contained in `container`). */
  resolve: (reference: FhirReference | undefined, container?: AnyResource) => AnyResource | undefined;
}

export function report(context: ImportContext, resourceType: string, path: string, reason: string): void {
  context.unmapped.push({ resourceType, path, reason });
}

/** Text that fits the plan field it goes to; longer text is cut and the cut reported. */
export function fitted(
  context: ImportContext,
  text: string,
  max: number,
  resourceType: string,
  path: string,
): string {
  if (text.length <= max) return text;
  report(context, resourceType, path, 'text.tooLong');
  return text.slice(0, max);
}

/** The name of the person a reference points to (through a PractitionerRole to its Practitioner). */
function resolvedName(
  context: ImportContext,
  reference: FhirReference | undefined,
  container: AnyResource | undefined,
): string | undefined {
  const target = context.resolve(reference, container);
  const role = practitionerRoleSchema.safeParse(target);
  const person = personSchema.safeParse(
    role.success ? context.resolve(role.data.practitioner, target) : target,
  );
  return person.success ? nameOf(person.data.name) : undefined;
}

/** The name of the person a reference points to, or the reference's display text. */
export function personName(
  context: ImportContext,
  reference: FhirReference | undefined,
  container?: AnyResource,
): string | undefined {
  const display = reference?.display?.trim();
  return resolvedName(context, reference, container) ?? (display === '' ? undefined : display);
}

/**
 * Whether a value read for a plan field should be kept: yes when the field is still empty or the new value is
 * more recent. The value that loses is reported as an older duplicate.
 */
export function keepNewest(
  context: ImportContext,
  field: string,
  resourceType: string,
  path: string,
  date: IsoDate | null,
): boolean {
  const previous = context.sources.get(field);
  if (previous !== undefined && (previous.date ?? '') >= (date ?? '')) {
    report(context, resourceType, path, 'duplicate.older');
    return false;
  }
  if (previous !== undefined) report(context, previous.resourceType, previous.path, 'duplicate.older');
  context.sources.set(field, { path, resourceType, date });
  return true;
}
