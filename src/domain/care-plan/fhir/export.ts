/**
 * Export of the PZP record as a FHIR R4 Bundle following the national PZP information standard (Nictiz
 * nl-core, zib 2020). The Bundle is of type `collection`: the standard exchanges its resources one by one
 * (a receiver queries Consent, Goal, Observation, ... per patient), not as an attested FHIR document with a
 * Composition, so a collection carries exactly the standard's resources without pretending to be a signed
 * document. Every reference is a urn:uuid full URL of an entry in the same Bundle, so it reads on its own.
 *
 * Pure: the plan, the patient, the author and the moment are passed in; resource ids derive from the plan id.
 */
import type { Bundle, Reference } from 'fhir/r4';
import type { Author } from '../../author';
import type { IsoDateTime } from '../../date-schemas';
import type { Patient } from '../../patient';
import type { CarePlan } from '../care-plan';
import { derivedId, referenceTo, type Entry } from './entries';
import { advanceDirectiveEntries, shareConsentEntries, treatmentDirectiveEntries } from './export-directives';
import { conversationEntries, goalEntries, observationEntries } from './export-observations';
import { authorEntry, careTeamEntries, contactEntry, patientEntry } from './export-people';

export interface PzpExportOptions {
  /**
   * Include the patient's BSN (identifier system http://fhir.nl/fhir/NamingSystem/bsn). Only for a recipient
   * who needs it for identification in care; off by default.
   */
  includeBsn?: boolean;
}

/** A name's reference: the first person in the Bundle with that name, or the name alone. */
function participantResolver(people: readonly Entry[]): (name: string) => Reference {
  const byName = new Map<string, Entry>();
  for (const entry of people) {
    const resource = entry.resource;
    if (resource.resourceType !== 'RelatedPerson' && resource.resourceType !== 'Practitioner') continue;
    const name = resource.name?.[0]?.text;
    if (name !== undefined && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), entry);
  }
  return (name) => {
    const entry = byName.get(name.toLowerCase());
    return entry === undefined ? { display: name } : referenceTo(entry, name);
  };
}

/**
 * The PZP record of a plan as a FHIR R4 Bundle: Patient, the author and the care team (Practitioner,
 * CareTeam), the contacts (RelatedPerson), a treatment directive (Consent) per recorded limit, the written
 * euthanasia declaration and the consent to share (Consent), the treatment goal (Goal), the observations, and
 * per ACP conversation an Encounter with its Procedure. A draft plan exports draft/proposed/preliminary
 * resources, so receivers see it is not established.
 */
export function exportPzpBundle(
  plan: CarePlan,
  patient: Patient,
  author: Author,
  now: IsoDateTime,
  options: PzpExportOptions = {},
): Bundle {
  const patientFhir = patientEntry(plan, patient, options.includeBsn === true);
  const authorFhir = authorEntry(plan, author);
  const team = careTeamEntries(plan, patientFhir);
  const contacts = plan.contacts.map((contact, index) => contactEntry(plan, contact, index, patientFhir));
  const context = {
    plan,
    patient: patientFhir,
    author: authorFhir,
    participant: participantResolver([...contacts, ...team, authorFhir]),
  };
  const entries: Entry[] = [
    patientFhir,
    authorFhir,
    ...team,
    ...contacts,
    ...conversationEntries(context),
    ...treatmentDirectiveEntries(plan, patientFhir),
    ...advanceDirectiveEntries(plan, patientFhir),
    ...shareConsentEntries(plan, patientFhir),
    ...goalEntries(context),
    ...observationEntries(context),
  ];
  const id = derivedId(plan, `Bundle/${now}`);
  return {
    resourceType: 'Bundle',
    id,
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${id}` },
    type: 'collection',
    timestamp: now,
    entry: entries,
  };
}
