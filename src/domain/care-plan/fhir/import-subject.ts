/**
 * Who and what an imported resource is about: references resolved inside the Bundle, the Patient being
 * imported, and whether a resource's subject is that patient; and a resource's status and end date.
 */
import type { IsoDate } from '../../date-schemas';
import type { ImportContext } from './import-context';
import type { InputEntry } from './import-input';
import { dateOf, nameOf, personSchema, type AnyResource, type FhirReference } from './import-schemas';

export interface ImportedPatient {
  /** The patient's name as the Bundle gives it, for the user to check it is the right patient. */
  name: string;
  birthDate: IsoDate | null;
}

const withoutHistory = (reference: string) => reference.replace(/\/_history\/[^/]+$/, '');

/**
 * Finds a referenced resource: `#id` among the container's contained resources, a full URL, or `Type/id`
 * (also at the end of an absolute URL); a version (`/_history/n`) is ignored, as the Bundle holds one.
 */
export function resolverOf(entries: readonly InputEntry[]): ImportContext['resolve'] {
  const index = new Map<string, AnyResource>();
  for (const { fullUrl, resource } of entries) {
    if (fullUrl !== undefined) index.set(withoutHistory(fullUrl), resource);
    if (resource.id !== undefined) index.set(`${resource.resourceType}/${resource.id}`, resource);
  }
  return (reference: FhirReference | undefined, container?: AnyResource) => {
    const target = reference?.reference;
    if (target === undefined) return undefined;
    if (target.startsWith('#'))
      return container?.contained?.find((resource) => `#${resource.id ?? ''}` === target);
    const plain = withoutHistory(target);
    return index.get(plain) ?? index.get(plain.split('/').slice(-2).join('/'));
  };
}

export const patientOf = (resource: AnyResource): ImportedPatient | undefined => {
  const person = personSchema.safeParse(resource);
  return person.success
    ? { name: nameOf(person.data.name) ?? '', birthDate: dateOf(person.data.birthDate) }
    : undefined;
};

const isSamePatient = (a: ImportedPatient, b: ImportedPatient) =>
  a.birthDate === b.birthDate && a.name.toLowerCase() === b.name.toLowerCase();

/** The Patient being imported: the one matching the expected patient, else the first. */
export function choosePatient(entries: readonly InputEntry[], expected: ImportedPatient | undefined) {
  const patients = entries.filter(({ resource }) => resource.resourceType === 'Patient');
  const match =
    expected === undefined
      ? undefined
      : patients.find(({ resource }) => {
          const person = patientOf(resource);
          return person !== undefined && isSamePatient(person, expected);
        });
  return match ?? patients[0];
}

/** The reference to the patient a resource is about, by its type. */
function subjectOf(resource: AnyResource): FhirReference | undefined | 'none' {
  switch (resource.resourceType) {
    case 'Consent':
    case 'RelatedPerson':
      return (resource as { patient?: FhirReference }).patient;
    case 'Goal':
    case 'Observation':
    case 'Procedure':
    case 'Encounter':
    case 'CareTeam':
    case 'Communication':
      return (resource as { subject?: FhirReference }).subject;
    default:
      return 'none';
  }
}

/** Why a resource may not be read for this patient, or undefined when it is theirs. */
export function subjectProblem(
  context: ImportContext,
  resource: AnyResource,
  patient: AnyResource | undefined,
): string | undefined {
  const subject = subjectOf(resource);
  if (subject === 'none') return undefined;
  if (subject?.reference === undefined) return 'subject.missing';
  const target = context.resolve(subject, resource);
  if (target === undefined) return 'subject.unresolved';
  return target === patient ? undefined : 'subject.otherPatient';
}

export function statusAndEnd(resource: AnyResource): { status: string | undefined; end: string | undefined } {
  const value = resource as {
    status?: unknown;
    lifecycleStatus?: unknown;
    provision?: { period?: { end?: unknown } };
  };
  const status = resource.resourceType === 'Goal' ? value.lifecycleStatus : value.status;
  const end = value.provision?.period?.end;
  return {
    status: typeof status === 'string' ? status : undefined,
    end: typeof end === 'string' ? end : undefined,
  };
}
