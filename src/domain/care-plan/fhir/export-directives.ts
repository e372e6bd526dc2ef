/**
 * The Consent resources of the export: one treatment directive (ACP-TreatmentDirective) per recorded
 * treatment limit, the written euthanasia declaration (ACP-AdvanceDirective) and the consent to share the
 * agreements with the HAP and the ambulance service (Tijdig's own: the guide has no such resource, so it
 * claims no profile).
 */
import type {
  CodeableConcept,
  Consent,
  ConsentProvisionActor,
  Extension,
  Patient as FhirPatient,
} from 'fhir/r4';
import { type CarePlan } from '../care-plan';
import { treatmentLimitsOf, type TreatmentLimitEntry } from '../factory';
import {
  CONSENT_CATEGORY,
  CONSENT_SCOPE,
  EXTENSIONS,
  ICD_DEACTIVATION_TEXT,
  LIVING_WILL_TYPE_SYSTEM,
  LOINC,
  NULL_FLAVOR,
  PARTICIPATION_TYPE,
  PROFILES,
  ROLE_CODE,
  SHARE_RECIPIENTS,
  SNOMED,
  TREATMENT_DIRECTIVE_CATEGORY,
  TREATMENT_LIMIT_CODES,
} from './codes';
import { concept, derivedId, entryOf, referenceTo, type Entry } from './entries';
import type { ClinicalContext } from './export-observations';

/** The value the standard puts in specificationOther for an unknown decision. */
export const UNKNOWN_DECISION_TEXT = 'Onbekend';
/**
 * An ICD decision "niet" recorded before Tijdig followed the guide: the guide maps no value to `deny` for the
 * ICD, so it travels in words in specificationOther, never as a refusal the standard does not define.
 */
export const ICD_NOT_DEACTIVATED_TEXT = 'Niet uitzetten';
const DUTCH_LAW = [{ uri: 'https://wetten.overheid.nl/' }];

const statusOf = (plan: CarePlan): Consent['status'] => (plan.status === 'vastgesteld' ? 'active' : 'draft');

function treatmentOf(limit: TreatmentLimitEntry): CodeableConcept {
  const other = { system: NULL_FLAVOR, code: 'OTH', display: 'other' };
  if (limit.kind === 'anders') return concept(other, limit.text);
  if (limit.kind === 'icdUitzetten') return concept(other, ICD_DEACTIVATION_TEXT);
  return concept(TREATMENT_LIMIT_CODES[limit.kind]);
}

/**
 * The decision as the standard records it: wel = permit, niet = deny; anders and onbekend leave the type out
 * and say what was agreed in the specificationOther modifier extension (for anders: the comment).
 */
function decisionParts(limit: TreatmentLimitEntry): Pick<Consent, 'extension' | 'modifierExtension'> & {
  type?: 'permit' | 'deny';
} {
  const comment: Extension[] =
    limit.comment === '' ? [] : [{ url: EXTENSIONS.comment, valueString: limit.comment }];
  const specification = (valueString: string) => [{ url: EXTENSIONS.specificationOther, valueString }];
  switch (limit.decision) {
    case 'wel':
      return { type: 'permit', extension: comment };
    case 'niet':
      if (limit.kind === 'icdUitzetten')
        return { extension: comment, modifierExtension: specification(ICD_NOT_DEACTIVATED_TEXT) };
      return { type: 'deny', extension: comment };
    case 'anders':
      return { modifierExtension: specification(limit.comment) };
    default:
      return { extension: comment, modifierExtension: specification(UNKNOWN_DECISION_TEXT) };
  }
}

const withoutEmpty = <T extends object>(value: T): T =>
  Object.fromEntries(
    Object.entries(value).filter(
      ([, part]) => part !== undefined && !(Array.isArray(part) && part.length === 0),
    ),
  ) as T;

/**
 * The parties to the agreement, one per name in "met wie" (separated by ", "): a reference to the patient,
 * a contact or a professional's role when the name is theirs, else the name alone.
 *
 * On whose behalf ("namens", being added to medical decisions elsewhere): the guide has no element of its
 * own for it. A decision a representative took for the patient maps to an agreement party that references
 * the representative's RelatedPerson (dataset 614 "Vertegenwoordiger"); a professional who decided on
 * behalf of another to that professional's PractitionerRole. When the field exists, add its party here
 * through `context.participant`, and read it back in import-consents.ts `readTreatmentDirective`.
 */
function agreementParties(limit: TreatmentLimitEntry, context: ClinicalContext): ConsentProvisionActor[] {
  if (limit.withWhom.trim() === '') return [];
  return limit.withWhom.split(', ').map((name) => ({
    role: concept({ system: ROLE_CODE, code: 'CONSENTER' }),
    reference: context.participant(name),
  }));
}

function treatmentDirective(limit: TreatmentLimitEntry, context: ClinicalContext): Entry<Consent> {
  const { plan, patient } = context;
  const { type, extension, modifierExtension } = decisionParts(limit);
  const id = limit.kind === 'anders' ? limit.id : derivedId(plan, `Consent/${limit.kind}`);
  return entryOf<Consent>(
    withoutEmpty<Consent & { id: string }>({
      resourceType: 'Consent',
      id,
      meta: { profile: [PROFILES.treatmentDirective] },
      extension,
      modifierExtension,
      status: statusOf(plan),
      scope: concept({ system: CONSENT_SCOPE, code: 'treatment' }),
      category: [concept({ system: SNOMED, code: TREATMENT_DIRECTIVE_CATEGORY })],
      patient: referenceTo(patient),
      dateTime: limit.dateDiscussed ?? undefined,
      policy: DUTCH_LAW,
      provision: withoutEmpty({
        type,
        code: [treatmentOf(limit)],
        actor: agreementParties(limit, context),
      }),
    }),
  );
}

/** One treatment directive per limit with a decision; limits not yet recorded are not exported. */
export function treatmentDirectiveEntries(context: ClinicalContext): Entry<Consent>[] {
  return treatmentLimitsOf(context.plan)
    .filter((limit) => limit.decision !== null)
    .map((limit) => treatmentDirective(limit, context));
}

/** A written euthanasia declaration (wilsverklaring of type EU), when the patient has one. */
export function advanceDirectiveEntries(plan: CarePlan, patient: Entry<FhirPatient>): Entry<Consent>[] {
  if (plan.euthanasia.position !== 'heeftVerklaring') return [];
  return [
    entryOf<Consent>({
      resourceType: 'Consent',
      id: derivedId(plan, 'Consent/advanceDirective'),
      meta: { profile: [PROFILES.advanceDirective] },
      status: 'active',
      scope: concept({ system: CONSENT_SCOPE, code: 'adr' }),
      category: [concept({ system: CONSENT_CATEGORY, code: 'acd' })],
      patient: referenceTo(patient),
      policy: DUTCH_LAW,
      provision: {
        code: [concept({ system: LIVING_WILL_TYPE_SYSTEM, code: 'EU', display: 'Euthanasieverzoek' })],
      },
    }),
  ];
}

/** Consent to share the agreements: one nested provision per recipient that was asked about. */
export function shareConsentEntries(plan: CarePlan, patient: Entry<FhirPatient>): Entry<Consent>[] {
  const { consentToShare } = plan;
  const recipients = (['hap', 'ambulance'] as const).filter((key) => consentToShare[key] !== null);
  if (recipients.length === 0) return [];
  return [
    entryOf<Consent>(
      withoutEmpty<Consent & { id: string }>({
        resourceType: 'Consent',
        id: derivedId(plan, 'Consent/share'),
        status: statusOf(plan),
        scope: concept({ system: CONSENT_SCOPE, code: 'patient-privacy' }),
        category: [concept({ system: LOINC, code: '59284-0', display: 'Patient Consent' })],
        patient: referenceTo(patient),
        dateTime: consentToShare.date ?? undefined,
        policy: DUTCH_LAW,
        provision: {
          provision: recipients.map((key) => ({
            type: consentToShare[key] === 'yes' ? ('permit' as const) : ('deny' as const),
            actor: [
              {
                role: concept({ system: PARTICIPATION_TYPE, code: 'IRCP', display: 'information recipient' }),
                reference: {
                  type: 'Organization',
                  identifier: { system: SHARE_RECIPIENTS[key].system, value: SHARE_RECIPIENTS[key].value },
                  display: SHARE_RECIPIENTS[key].display,
                },
              },
            ],
          })),
        },
      }),
    ),
  ];
}
