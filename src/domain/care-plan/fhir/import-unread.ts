/**
 * What a resource holds that the import does not read: listed per element, so "everything recognised" is
 * only said when it is true. Identity and bookkeeping (id, meta, narrative, business identifiers) are not
 * clinical facts and are not listed.
 */
import { EXTENSIONS, IKNL } from './codes';
import { report, type ImportContext } from './import-context';
import type { AnyResource } from './import-schemas';

const BOOKKEEPING = new Set([
  'resourceType',
  'id',
  'meta',
  'text',
  'identifier',
  'language',
  'implicitRules',
  'contained',
  // Who recorded a fact: the plan keeps its own authorship (whoever accepts the imported draft signs it),
  // and the import screen says the facts come from the file.
  'performer',
  'expressedBy',
  'sender',
]);

/** The elements each resource type's reader uses; a type not listed here is reported as a whole elsewhere. */
const READ: Readonly<Record<string, readonly string[]>> = {
  // The patient identifies; their own details are not imported into the plan, their extensions are facts.
  Patient: ['name', 'birthDate', 'gender', 'address', 'telecom', 'active', 'maritalStatus', 'communication'],
  Practitioner: ['name', 'telecom', 'qualification', 'active'],
  PractitionerRole: ['practitioner', 'code', 'specialty', 'telecom', 'active', 'organization'],
  RelatedPerson: ['patient', 'name', 'telecom', 'relationship', 'active'],
  CareTeam: ['status', 'subject', 'participant'],
  Consent: ['status', 'scope', 'category', 'patient', 'dateTime', 'policy', 'policyRule', 'provision'],
  Goal: ['lifecycleStatus', 'subject', 'description', 'statusDate', 'startDate', 'category'],
  Observation: [
    'status',
    'code',
    'subject',
    'encounter',
    'category',
    'effectiveDateTime',
    'effectivePeriod',
    'valueCodeableConcept',
    'valueString',
    'valueBoolean',
    'dataAbsentReason',
    'method',
  ],
  Procedure: ['status', 'code', 'subject', 'encounter', 'performedDateTime', 'performedPeriod', 'performer'],
  Encounter: ['status', 'class', 'subject', 'participant', 'period', 'reasonReference'],
  Communication: ['status', 'topic', 'subject', 'recipient', 'sender', 'sent', 'reasonCode', 'category'],
};

/** Extensions the readers use (the encounter link is context the ACP conversation already gives). */
const READ_EXTENSIONS = new Set<string>([
  EXTENSIONS.comment,
  EXTENSIONS.specificationOther,
  `${IKNL}/ext-EncounterReference`,
]);
const LEGALLY_CAPABLE = `${IKNL}/ext-LegallyCapable-MedicalTreatmentDecisions`;

/**
 * Reports every element of a read resource that its reader leaves, `also` naming elements this resource's
 * reader uses beyond its type's (e.g. the note of the euthanasia position).
 */
export function reportUnread(
  context: ImportContext,
  resource: AnyResource,
  path: string,
  also: readonly string[] = [],
): void {
  const read = READ[resource.resourceType];
  if (read === undefined) return;
  for (const [key, value] of Object.entries(resource)) {
    if (key === 'extension' || key === 'modifierExtension') {
      const extensions = Array.isArray(value) ? (value as { url?: unknown }[]) : [];
      extensions.forEach((extension, index) => {
        const url = typeof extension.url === 'string' ? extension.url : '';
        if (READ_EXTENSIONS.has(url)) return;
        const reason = url === LEGALLY_CAPABLE ? 'legallyCapable.notRead' : 'element.notRead';
        report(context, resource.resourceType, `${path}.${key}[${String(index)}]`, reason);
      });
      continue;
    }
    if (BOOKKEEPING.has(key) || read.includes(key) || also.includes(key)) continue;
    report(context, resource.resourceType, `${path}.${key}`, 'element.notRead');
  }
}
