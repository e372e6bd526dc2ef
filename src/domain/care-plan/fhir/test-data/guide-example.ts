/**
 * A Bundle written for Tijdig's tests that follows the example instances of the IKNL PZP implementation
 * guide (repository IKNL/PZP-FHIR-R4, input/fsh/*.fsh: the F1 examples of Hendrik Hartman, 2020-10-01):
 * Patient, Practitioner with PractitionerRole, a contact person, treatment directives (one per limit,
 * the ICD limit as NullFlavor OTH with "Niet besproken"), the medical policy goal, the observations and the
 * Communication. Names and identifiers are the guide's fictional ones; the structure is rewritten by hand.
 */
import type { Bundle, FhirResource, Observation } from 'fhir/r4';

const SNOMED = 'http://snomed.info/sct';
const IKNL = 'https://fhir.iknl.nl/fhir/StructureDefinition';
const patient = { reference: 'Patient/hendrik', display: 'Patient, Hendrik Hartman' };
const role = {
  reference: 'PractitionerRole/van-huissen',
  type: 'PractitionerRole',
  display: 'Healthcare professional (role), van Huissen',
};
const encounterLink = [
  { url: `${IKNL}/ext-EncounterReference`, valueReference: { reference: 'Encounter/f1' } },
];

function directive(id: string, code: string, display: string): FhirResource {
  return {
    resourceType: 'Consent',
    id,
    meta: { profile: [`${IKNL}/ACP-TreatmentDirective`] },
    extension: encounterLink,
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment' }] },
    category: [{ coding: [{ system: SNOMED, code: '129125009' }] }],
    patient,
    dateTime: '2020-10-01',
    policy: [{ uri: 'https://wetten.overheid.nl/' }],
    provision: {
      type: 'permit',
      actor: [
        { role: { text: 'agreement party' }, reference: { ...patient, type: 'Patient' } },
        { role: { text: 'agreement party' }, reference: role },
      ],
      code: [{ coding: [{ system: SNOMED, code, display }] }],
    },
  };
}

const observation = (id: string, code: string, value: Partial<Observation>): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { coding: [{ system: SNOMED, code }] },
  subject: patient,
  encounter: { reference: 'Encounter/f1' },
  effectiveDateTime: '2020-10-01',
  ...value,
});

const resources: FhirResource[] = [
  {
    resourceType: 'Patient',
    id: 'hendrik',
    name: [{ text: 'Hendrik Hartman', family: 'Hartman', given: ['Hendrik'] }],
    birthDate: '1952-03-14',
  },
  { resourceType: 'Practitioner', id: 'van-huissen', name: [{ use: 'official', text: 'van Huissen' }] },
  {
    resourceType: 'PractitionerRole',
    id: 'van-huissen',
    practitioner: { reference: 'Practitioner/van-huissen', type: 'Practitioner' },
    specialty: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.2.4.6.7', code: '0100' }] }],
  },
  {
    resourceType: 'RelatedPerson',
    id: 'michiel',
    patient,
    relationship: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.2.4.3.11.22.472', code: '23' }] }],
    name: [{ text: 'Michiel Hartman' }],
  },
  directive('cpr', '89666000', 'Cardiopulmonary resuscitation'),
  directive('itu', '305351004', 'Admit to ITU'),
  directive('ventilation', '40617009', 'Artificial respiration'),
  {
    resourceType: 'Consent',
    id: 'icd',
    modifierExtension: [
      {
        url: 'http://nictiz.nl/fhir/StructureDefinition/ext-TreatmentDirective2.SpecificationOther',
        valueString: 'Niet besproken',
      },
    ],
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment' }] },
    category: [{ coding: [{ system: SNOMED, code: '129125009' }] }],
    patient,
    dateTime: '2020-10-01',
    provision: {
      code: [
        {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-NullFlavor', code: 'OTH' }],
          text: 'Uitzetten van cardioverter-defibrillator in laatste levensfase (verrichting) (SNOMED CT - 400231000146108)',
        },
      ],
    },
  },
  {
    resourceType: 'Goal',
    id: 'goal',
    lifecycleStatus: 'active',
    subject: patient,
    description: {
      coding: [{ system: SNOMED, code: '1351964001', display: 'levensverlengende behandeling' }],
    },
    statusDate: '2020-10-01',
  },
  observation('place', '395091006', {
    dataAbsentReason: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'asked-unknown' }],
    },
    note: [{ text: 'Nog niet besproken' }],
  }),
  observation('euthanasia', '340171000146104', {
    valueCodeableConcept: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-NullFlavor', code: 'UNK' }],
    },
    note: [{ text: 'Nog niet besproken' }],
  }),
  observation('donor', '570801000146104', {
    valueCodeableConcept: { coding: [{ system: SNOMED, code: '373066001' }] },
  }),
  observation('other', '247751003', { valueString: 'Michiel gaat nadenken over wat hij belangrijk vindt.' }),
  {
    resourceType: 'Communication',
    id: 'informed',
    status: 'completed',
    topic: { coding: [{ system: SNOMED, code: '223449006' }] },
    sent: '2020-10-01',
    subject: patient,
    recipient: [patient],
    sender: role,
    reasonCode: [{ coding: [{ system: SNOMED, code: '713603004' }] }],
  },
];

export const guideExampleBundle: Bundle = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: resources.map((resource) => ({
    fullUrl: `https://example.org/fhir/${resource.resourceType}/${resource.id ?? ''}`,
    resource,
  })),
};
