/**
 * Code systems, codes and profiles of the national PZP information standard as the export and import use
 * them: the IKNL implementation guide "Advance Care Planning (PZP)" (FHIR R4 on Nictiz nl-core, zib 2020,
 * canonical https://fhir.iknl.nl/fhir), whose profiles, value sets and examples are the source of every code
 * here. Where Tijdig records more than the guide (regiebehandelaar, eerste aanspreekpunt, consent to share),
 * it uses its own code system and says so in text.
 */
import type { Coding } from 'fhir/r4';
import type {
  ContactKind,
  EuthanasiaPosition,
  PreferredPlaceOfDeath,
  TreatmentGoal,
  TreatmentLimitKind,
} from '../care-plan';

export const SNOMED = 'http://snomed.info/sct';
export const NULL_FLAVOR = 'http://terminology.hl7.org/CodeSystem/v3-NullFlavor';
export const DATA_ABSENT_REASON = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';
export const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
export const CONSENT_CATEGORY = 'http://terminology.hl7.org/CodeSystem/consentcategorycodes';
export const LOINC = 'http://loinc.org';
export const ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
export const PARTICIPATION_TYPE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
export const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const BSN_SYSTEM = 'http://fhir.nl/fhir/NamingSystem/bsn';
/** zib ContactPerson role code list (RolCodelijst, COD472). */
export const CONTACT_ROLE_SYSTEM = 'urn:oid:2.16.840.1.113883.2.4.3.11.22.472';
/** zib AdvanceDirective living will type code list (WilsverklaringTypeCodelijst). */
export const LIVING_WILL_TYPE_SYSTEM = 'urn:oid:2.16.840.1.113883.2.4.3.11.60.40.4.14.1';
/**
 * Tijdig's own codes for the few facts the standard has no code for (naasten informed, the recipients of the
 * consent to share, the roles regiebehandelaar and eerste aanspreekpunt). Every such coding also carries a
 * Dutch text, so other systems can show what they cannot read.
 */
export const TIJDIG_SYSTEM = 'urn:uuid:5d1e7a52-3c0b-4a43-9d53-2f6f3b0a9e21';

export const NICTIZ = 'http://nictiz.nl/fhir/StructureDefinition';
/** Canonical base of the IKNL PZP implementation guide's profiles and extensions. */
export const IKNL = 'https://fhir.iknl.nl/fhir/StructureDefinition';
/** The guide's ACP profile of every resource the export writes that the guide defines. */
export const PROFILES = {
  patient: `${IKNL}/ACP-Patient`,
  practitioner: `${IKNL}/ACP-HealthProfessional-Practitioner`,
  practitionerRole: `${IKNL}/ACP-HealthProfessional-PractitionerRole`,
  contactPerson: `${IKNL}/ACP-ContactPerson`,
  treatmentDirective: `${IKNL}/ACP-TreatmentDirective`,
  advanceDirective: `${IKNL}/ACP-AdvanceDirective`,
  encounter: `${IKNL}/ACP-Encounter`,
  procedure: `${IKNL}/ACP-Procedure`,
  goal: `${IKNL}/ACP-Medical-Policy-Goal`,
  specificCareWishes: `${IKNL}/ACP-SpecificCareWishes`,
  preferredPlaceOfDeath: `${IKNL}/ACP-PreferredPlaceOfDeath`,
  euthanasia: `${IKNL}/ACP-PositionRegardingEuthanasia`,
  donorRegister: `${IKNL}/ACP-OrganDonationChoiceRegistration`,
  otherImportantInformation: `${IKNL}/ACP-OtherImportantInformation`,
  communication: `${IKNL}/ACP-Communication`,
} as const;
export const EXTENSIONS = {
  comment: `${NICTIZ}/ext-Comment`,
  specificationOther: `${NICTIZ}/ext-TreatmentDirective2.SpecificationOther`,
  ownPrefix: 'http://hl7.org/fhir/StructureDefinition/humanname-own-prefix',
  ownName: 'http://hl7.org/fhir/StructureDefinition/humanname-own-name',
} as const;

/** Category of every treatment directive (zib TreatmentDirective2): procedure with explicit context. */
export const TREATMENT_DIRECTIVE_CATEGORY = '129125009';
/** Procedure code of an ACP conversation and category of the treatment goal. */
export const ACP_PROCEDURE = '713603004';
export const PREFERRED_PLACE_OF_DEATH = '395091006';
export const EUTHANASIA_POSITION = '340171000146104';
export const DONOR_REGISTER = '570801000146104';
export const SPECIFIC_CARE_WISHES = '153851000146100';
/** "Determining personal values and wishes about care", the method of the care wishes observation. */
export const CARE_WISHES_METHOD = '370819000';
export const SENSE_OF_PURPOSE = '247751003';
/** Tijdig's own code of "naasten geïnformeerd" in exports made before it became a Communication. */
export const NAASTEN_INFORMED = 'naasten-geinformeerd';
/** Topic of the guide's Communication: recommendation to inform someone (the patient informs the naasten). */
export const INFORM_SOMEONE = '223449006';
export const INFORM_NAASTEN_TEXT =
  'Patiënt geïnformeerd over de eigen verantwoordelijkheid om de behandelafspraken met naasten te bespreken';
export const SNOMED_YES = '373066001';
export const SNOMED_NO = '373067005';
/**
 * The ICD limit has no code in the required value set: the guide codes it NullFlavor OTH and names SNOMED CT
 * 400231000146108 in the text.
 */
export const ICD_DEACTIVATION_SNOMED = '400231000146108';
export const ICD_DEACTIVATION_TEXT = `Uitzetten van cardioverter-defibrillator in laatste levensfase (verrichting) (SNOMED CT - ${ICD_DEACTIVATION_SNOMED})`;

/** SNOMED CT code of each standard treatment limit; the ICD limit is text only. */
export const TREATMENT_LIMIT_CODES: Readonly<Record<Exclude<TreatmentLimitKind, 'icdUitzetten'>, Coding>> = {
  reanimatie: { system: SNOMED, code: '89666000', display: 'cardiopulmonale resuscitatie' },
  invasieveBeademing: { system: SNOMED, code: '40617009', display: 'kunstmatige beademing' },
  icOpname: { system: SNOMED, code: '305351004', display: 'opname op intensive care' },
  ziekenhuisopname: { system: SNOMED, code: '32485007', display: 'opname in ziekenhuis' },
  antibiotica: { system: SNOMED, code: '281789004', display: 'antibiotische therapie' },
  bloedproducten: { system: SNOMED, code: '116762002', display: 'toediening van bloedproduct' },
};

/** The guide's value set ACP-MedicalPolicyGoal, with its Dutch displays. */
export const TREATMENT_GOAL_CODES: Readonly<Record<TreatmentGoal, Coding>> = {
  curatief: { system: SNOMED, code: '385987000', display: 'zorg bij ziekte en/of letsel' },
  levensverlengend: { system: SNOMED, code: '1351964001', display: 'levensverlengende behandeling' },
  symptoomgericht: { system: SNOMED, code: '713148004', display: 'voorkomen en behandelen van symptomen' },
};
/**
 * Other codes read as a treatment goal on import: Tijdig's exports before the guide's value set sent the
 * symptom-directed goal as 225353007 (palliative care).
 */
export const TREATMENT_GOAL_ALIASES: Readonly<Record<string, TreatmentGoal>> = {
  '225353007': 'symptoomgericht',
};

export const PLACE_OF_DEATH_CODES: Readonly<
  Record<Exclude<PreferredPlaceOfDeath, 'anders' | 'onbekend'>, Coding>
> = {
  thuis: { system: SNOMED, code: '264362003', display: 'Thuis' },
  ziekenhuis: { system: SNOMED, code: '22232009', display: 'Ziekenhuis' },
  verpleeghuis: { system: SNOMED, code: '108344006', display: 'Verpleeghuis' },
  hospice: { system: SNOMED, code: '284546000', display: 'Hospice' },
};
export const PLACE_OTHER: Coding = { system: NULL_FLAVOR, code: 'OTH', display: 'Anders' };

/** The guide's value set ACP-EuthanasiaStatement: every position, with its Dutch display. */
export const EUTHANASIA_POSITION_CODES: Readonly<Record<EuthanasiaPosition, Coding>> = {
  heeftVerklaring: { system: SNOMED, code: '340181000146102', display: 'Heeft euthanasieverklaring' },
  geenVerklaringMogelijkVerzoek: {
    system: SNOMED,
    code: '340191000146100',
    display: 'Geen euthanasieverklaring, zou wel verzoek kunnen doen in bepaalde situaties',
  },
  wenstGeen: { system: SNOMED, code: '340201000146103', display: 'Wenst geen euthanasie' },
  onbekend: { system: NULL_FLAVOR, code: 'UNK', display: 'Nog onbekend' },
};

/** The guide's value set ACP-YesNoUnknownVS. */
export const YES_NO_UNKNOWN_CODES = {
  yes: { system: SNOMED, code: SNOMED_YES, display: 'Ja' },
  no: { system: SNOMED, code: SNOMED_NO, display: 'Nee' },
  unknown: { system: NULL_FLAVOR, code: 'UNK', display: 'Nog onbekend' },
} as const satisfies Record<string, Coding>;

/**
 * Role codes of each contact kind, one relationship each; a representative also has 24 "Wettelijke
 * vertegenwoordiger".
 */
export const CONTACT_ROLE_CODES: Readonly<Record<ContactKind, Coding[]>> = {
  naaste: [{ system: CONTACT_ROLE_SYSTEM, code: '23', display: 'Contactpersoon' }],
  curator: [
    { system: CONTACT_ROLE_SYSTEM, code: '03', display: 'Curator (juridisch)' },
    { system: CONTACT_ROLE_SYSTEM, code: '24', display: 'Wettelijke vertegenwoordiger' },
  ],
  mentor: [
    { system: CONTACT_ROLE_SYSTEM, code: '15', display: 'Mentor' },
    { system: CONTACT_ROLE_SYSTEM, code: '24', display: 'Wettelijke vertegenwoordiger' },
  ],
  schriftelijkGevolmachtigde: [
    { system: CONTACT_ROLE_SYSTEM, code: '24', display: 'Wettelijke vertegenwoordiger' },
  ],
};
export const REPRESENTATIVE_TEXT = 'Schriftelijk gevolmachtigde';

/** Roles Tijdig records beyond the guide, on the professional's PractitionerRole (and CareTeam before). */
export const CARE_TEAM_ROLES = {
  regiebehandelaar: { system: TIJDIG_SYSTEM, code: 'regiebehandelaar', display: 'Regiebehandelaar' },
  eersteAanspreekpunt: {
    system: TIJDIG_SYSTEM,
    code: 'eerste-aanspreekpunt',
    display: 'Eerste aanspreekpunt',
  },
} as const satisfies Record<string, Coding>;

export const SHARE_RECIPIENTS = {
  hap: { system: TIJDIG_SYSTEM, value: 'huisartsenpost', display: 'Huisartsenpost (HAP)' },
  ambulance: { system: TIJDIG_SYSTEM, value: 'ambulancedienst', display: 'Ambulancedienst' },
} as const;

/** How the plan names the patient among the parties of an agreement or a conversation. */
export const PATIENT_WORD = /^pati[eë]nt$/i;
