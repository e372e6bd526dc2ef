/** What the import's readers share while they walk the Bundle. */
import type { IsoDate } from '../../date-schemas';
import type { CarePlanFields } from '../care-plan';
import type { AnyResource, FhirReference, UnmappedItem } from './import-schemas';
import { nameOf, personSchema } from './import-schemas';

export interface ImportContext {
  /** The plan as far as it has been read. */
  plan: Partial<CarePlanFields>;
  /** A written euthanasia declaration (zib AdvanceDirective EU/EUD) was found. */
  hasEuthanasiaDeclaration: boolean;
  /** Where each plan field was read from, with the date it carries, to keep the newest of two. */
  sources: Map<string, { path: string; resourceType: string; date: IsoDate | null }>;
  unmapped: UnmappedItem[];
  /** The resource a reference points to, when it is in the Bundle. */
  resolve: (reference: FhirReference | undefined) => AnyResource | undefined;
}

export function report(context: ImportContext, resourceType: string, path: string, reason: string): void {
  context.unmapped.push({ resourceType, path, reason });
}

/** The name of the person a reference points to, or the reference's display text. */
export function personName(context: ImportContext, reference: FhirReference | undefined): string | undefined {
  const parsed = personSchema.safeParse(context.resolve(reference));
  const name = parsed.success ? nameOf(parsed.data.name) : undefined;
  const display = reference?.display?.trim();
  return name ?? (display === '' ? undefined : display);
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
