/**
 * A written declaration (zib AdvanceDirective: a Consent with scope `adr` and category `acd`) of one kind of
 * WilsverklaringTypeCodelijst, as the IKNL guide's P2 example has one: for the import's tests, unit and
 * end-to-end.
 */
import type { Consent } from 'fhir/r4';

export function writtenDeclaration(patientReference: string, code: string, display: string): Consent {
  return {
    resourceType: 'Consent',
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'adr' }] },
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentcategorycodes', code: 'acd' }] },
    ],
    patient: { reference: patientReference },
    provision: {
      code: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.2.4.3.11.60.40.4.14.1', code, display }] }],
    },
  };
}
