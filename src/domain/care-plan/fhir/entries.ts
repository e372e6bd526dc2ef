/** Building blocks of the exported Bundle: entries with urn:uuid full URLs and references to them. */
import type { CodeableConcept, Coding, FhirResource, Reference } from 'fhir/r4';
import { v5 as uuidV5 } from 'uuid';
import type { CarePlan } from '../care-plan';

export interface Entry<T extends FhirResource = FhirResource> {
  fullUrl: string;
  resource: T;
}

/**
 * A resource id derived from the plan id and a name (UUID version 5). The same plan always exports the same
 * ids, so two exports can be compared and an import can recognise resources it made itself.
 */
export function derivedId(plan: Pick<CarePlan, 'id'>, name: string): string {
  return uuidV5(name, plan.id);
}

export function entryOf<T extends FhirResource & { id?: string | undefined }>(
  resource: T & { id: string },
): Entry<T> {
  return { fullUrl: `urn:uuid:${resource.id}`, resource };
}

export function referenceTo(entry: Entry, display?: string): Reference {
  return {
    reference: entry.fullUrl,
    type: entry.resource.resourceType,
    ...(display === undefined || display === '' ? {} : { display }),
  };
}

export const concept = (coding: Coding, text?: string): CodeableConcept =>
  text === undefined ? { coding: [coding] } : { coding: [coding], text };
