/**
 * The individual care plan (individueel zorgplan, IZP) with the advance care planning record (PZP): one plan
 * per patient. The shape is flat on purpose: every top-level field is one clinical fact, so sync can detect
 * conflicts per fact (two people who record different treatment limits never conflict).
 *
 * A plan is a draft (`concept`) until it is established (`vastgesteld`). The schema only checks the shape; the
 * rules in rules.ts check what a draft may still lack and what even a draft may not contain.
 */
import { z } from 'zod';
import { authorSchema, deviceRecordedAtSchema } from '../author';
import { isoDateSchema, isoDateTimeSchema } from '../date-schemas';
import { patientIdSchema } from '../ids';
import { onBehalfOfField } from '../on-behalf';
import { phoneSchema } from '../patient';
import { withoutControlCharacters } from './clean-text';
import { upgradeEuthanasia } from './euthanasia-upgrade';

export const carePlanIdSchema = z.uuid('id.invalid').brand<'CarePlanId'>();
export type CarePlanId = z.infer<typeof carePlanIdSchema>;

export const CARE_PLAN_STATUSES = ['concept', 'vastgesteld'] as const;
export const DIMENSIONS = ['lichamelijk', 'psychisch', 'sociaal', 'spiritueel'] as const;
/** The treatment limits every plan asks about; other limits (e.g. kunstmatige voeding) go in `otherLimits`. */
export const TREATMENT_LIMIT_KINDS = [
  'reanimatie',
  'invasieveBeademing',
  'icOpname',
  'ziekenhuisopname',
  'antibiotica',
  'bloedproducten',
  'icdUitzetten',
] as const;
/** wel = do perform, niet = do not perform, anders = otherwise (explained in the comment), onbekend = unknown. */
export const TREATMENT_DECISIONS = ['wel', 'niet', 'anders', 'onbekend'] as const;
/**
 * The decisions the national PZP standard allows for switching off an ICD: "wel uitvoeren", or no decision
 * yet / not discussed. A decision not to switch it off has no place in the standard (no `deny`), so it is not
 * offered; a plan that recorded one before still loads and shows it.
 */
export const ICD_DECISIONS = ['wel', 'anders', 'onbekend'] as const;
export const TREATMENT_GOALS = ['curatief', 'levensverlengend', 'symptoomgericht'] as const;
export const PREFERRED_PLACES_OF_DEATH = [
  'thuis',
  'ziekenhuis',
  'verpleeghuis',
  'hospice',
  'anders',
  'onbekend',
] as const;
/** A naaste, or a legal representative (wettelijk vertegenwoordiger) of one of three kinds. */
export const CONTACT_KINDS = ['naaste', 'curator', 'mentor', 'schriftelijkGevolmachtigde'] as const;
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
/**
 * The patient's position on euthanasia, the four answers of the PZP standard: has a written declaration;
 * has none but could make a request in certain situations; does not want euthanasia; not yet known.
 */
export const EUTHANASIA_POSITIONS = [
  'heeftVerklaring',
  'geenVerklaringMogelijkVerzoek',
  'wenstGeen',
  'onbekend',
] as const;
export const YES_NO = ['yes', 'no'] as const;

export type CarePlanStatus = (typeof CARE_PLAN_STATUSES)[number];
export type Dimension = (typeof DIMENSIONS)[number];
export type TreatmentLimitKind = (typeof TREATMENT_LIMIT_KINDS)[number];
export type TreatmentDecision = (typeof TREATMENT_DECISIONS)[number];
export type TreatmentGoal = (typeof TREATMENT_GOALS)[number];
export type PreferredPlaceOfDeath = (typeof PREFERRED_PLACES_OF_DEATH)[number];
export type ContactKind = (typeof CONTACT_KINDS)[number];
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];
export type EuthanasiaPosition = (typeof EUTHANASIA_POSITIONS)[number];

/** The decisions a form may offer for a limit: the standard's own for the ICD, all four for the others. */
export function decisionsFor(kind: TreatmentLimitKind | 'anders'): readonly TreatmentDecision[] {
  return kind === 'icdUitzetten' ? ICD_DECISIONS : TREATMENT_DECISIONS;
}

/** The top-level field that holds each standard treatment limit. */
export const TREATMENT_LIMIT_FIELDS = {
  reanimatie: 'limitReanimatie',
  invasieveBeademing: 'limitInvasieveBeademing',
  icOpname: 'limitIcOpname',
  ziekenhuisopname: 'limitZiekenhuisopname',
  antibiotica: 'limitAntibiotica',
  bloedproducten: 'limitBloedproducten',
  icdUitzetten: 'limitIcdUitzetten',
} as const satisfies Record<TreatmentLimitKind, string>;
export type TreatmentLimitField = (typeof TREATMENT_LIMIT_FIELDS)[TreatmentLimitKind];

/** Free text: control characters pasted from a word processor are removed on save (they break exchange). */
const text = (max: number) => z.string().overwrite(withoutControlCharacters).trim().max(max, 'text.tooLong');
const requiredText = (max: number) => text(max).min(1, 'required');
const optionalDate = isoDateSchema.nullable();
const emailSchema = z
  .string()
  .trim()
  .refine((value) => value === '' || z.email().safeParse(value).success, 'email.invalid');

export const professionalSchema = z.object({ name: text(120), phone: phoneSchema });
export const firstContactSchema = professionalSchema.extend({
  /** The professional's role as the patient knows it, e.g. "wijkverpleegkundige". */
  role: text(80),
});

export const contactSchema = z.object({
  kind: z.enum(CONTACT_KINDS, 'required'),
  name: requiredText(120),
  /** How the person relates to the patient, e.g. "dochter", "buurvrouw". */
  relation: text(60),
  phone: phoneSchema,
  email: emailSchema,
});

export const actionSchema = z.object({
  what: requiredText(300),
  /** Who carries the action out, by name or role. */
  owner: text(120),
  due: optionalDate,
});

export const dimensionSchema = z.object({
  problems: text(2000),
  wishes: text(2000),
  goals: text(2000),
  actions: z.array(actionSchema).max(50, 'list.tooLong'),
  evaluationDate: optionalDate,
  lastDiscussed: optionalDate,
});

/** One treatment limit (behandelgrens). A null decision means it has not been recorded yet. */
export const treatmentLimitSchema = z.object({
  decision: z.enum(TREATMENT_DECISIONS, 'required').nullable(),
  /** The date the decision was last discussed (meest recente bespreekdatum). */
  dateDiscussed: optionalDate,
  /** With whom it was agreed, e.g. "patiënt en dochter". */
  withWhom: text(200),
  /** Explanation; for an `anders` decision this is what was agreed instead. */
  comment: text(1000),
  /** The huisarts whose decision this is, when a POH recorded it namens them (set by the server). */
  onBehalfOf: onBehalfOfField,
});

/** A limit outside the standard list (e.g. kunstmatige voeding of vocht), named in `text`. */
export const otherLimitSchema = treatmentLimitSchema.extend({
  /** Stable identity, so a renamed limit stays the same limit in the version history. */
  id: z.uuid('id.invalid'),
  text: requiredText(200),
});

export const acpConversationSchema = z.object({
  date: isoDateSchema,
  /** Who took part, by name (patient, naasten, professionals). */
  participants: z.array(requiredText(120)).max(20, 'list.tooLong'),
});

export const carePlanFieldsSchema = z.object({
  status: z.enum(CARE_PLAN_STATUSES, 'required'),
  startDate: optionalDate,
  /** The professional who coordinates care, usually the GP after marking. */
  regiebehandelaar: professionalSchema,
  /** Whom the patient and naasten call first. */
  eersteAanspreekpunt: firstContactSchema,
  contacts: z.array(contactSchema).max(20, 'list.tooLong'),
  lichamelijk: dimensionSchema,
  psychisch: dimensionSchema,
  sociaal: dimensionSchema,
  spiritueel: dimensionSchema,
  medicationAndAids: z.object({
    text: text(2000),
    /** Palliatieve kit / spoedkit at home. */
    palliativeKitPresent: z.enum(YES_NO_UNKNOWN, 'required'),
    lastDiscussed: optionalDate,
  }),
  /** Agreements for acute situations, e.g. "bel de huisartsenpost, niet 112". */
  acuteAgreements: z.object({ text: text(2000), lastDiscussed: optionalDate }),
  /** Volunteers for palliative terminal care: discussed, and deployed since when. */
  vptz: z.object({ isDiscussed: z.boolean(), deployedSince: optionalDate }),
  /** Mantelzorgbelasting in a few words, usually from the latest EDIZ result. */
  mantelzorgSummary: text(1000),
  /**
   * When the mantelzorgbelasting was last discussed or measured, so the team sees how current the summary
   * is; null when not recorded (plans from before this field, see evolution.ts).
   */
  mantelzorgDiscussedOn: optionalDate,
  limitReanimatie: treatmentLimitSchema,
  limitInvasieveBeademing: treatmentLimitSchema,
  limitIcOpname: treatmentLimitSchema,
  limitZiekenhuisopname: treatmentLimitSchema,
  limitAntibiotica: treatmentLimitSchema,
  limitBloedproducten: treatmentLimitSchema,
  limitIcdUitzetten: treatmentLimitSchema,
  otherLimits: z.array(otherLimitSchema).max(20, 'list.tooLong'),
  treatmentGoal: z.object({
    goal: z.enum(TREATMENT_GOALS).nullable(),
    dateDiscussed: optionalDate,
    onBehalfOf: onBehalfOfField,
  }),
  preferredPlaceOfDeath: z.object({
    place: z.enum(PREFERRED_PLACES_OF_DEATH).nullable(),
    /** The place when `place` is `anders`. */
    otherText: text(200),
    dateDiscussed: optionalDate,
  }),
  /**
   * The patient's position on euthanasia as the PZP standard records it; null when not recorded. Facts only,
   * no judgement. Plans saved before the position existed are upgraded on read (see euthanasia-upgrade.ts).
   */
  euthanasia: z.preprocess(
    upgradeEuthanasia,
    z.object({
      position: z.enum(EUTHANASIA_POSITIONS, 'required').nullable(),
      dateDiscussed: optionalDate,
      comment: text(1000),
      /** The huisarts whose decision this is, when a POH recorded it namens them (set by the server). */
      onBehalfOf: onBehalfOfField,
    }),
  ),
  /** Whether the patient's choice is recorded in the national donor register (donorregister). */
  donorRegister: z.object({ choiceRecorded: z.enum(YES_NO_UNKNOWN).nullable(), dateDiscussed: optionalDate }),
  /** Specific wishes about care (wensen en verwachtingen). */
  wishes: z.object({ text: text(2000), dateDiscussed: optionalDate }),
  /** What else matters to the patient (wat verder nog belangrijk is). */
  whatElseMatters: z.object({ text: text(2000), dateDiscussed: optionalDate }),
  /** Whether the naasten know the agreements. */
  naastenInformed: z.object({ informed: z.enum(YES_NO).nullable(), date: optionalDate }),
  /** Consent to share the agreements with the out-of-hours GP post (HAP) and the ambulance service. */
  consentToShare: z.object({
    hap: z.enum(YES_NO).nullable(),
    ambulance: z.enum(YES_NO).nullable(),
    date: optionalDate,
  }),
  acpConversations: z.array(acpConversationSchema).max(100, 'list.tooLong'),
});

export type CarePlanFields = z.infer<typeof carePlanFieldsSchema>;
export type CarePlanField = keyof CarePlanFields;
export type Contact = z.infer<typeof contactSchema>;
export type CarePlanAction = z.infer<typeof actionSchema>;
export type DimensionRecord = z.infer<typeof dimensionSchema>;
export type TreatmentLimit = z.infer<typeof treatmentLimitSchema>;
export type OtherLimit = z.infer<typeof otherLimitSchema>;
export type AcpConversation = z.infer<typeof acpConversationSchema>;

/** A stored plan. Its id is its patient's id (see `newCarePlan`), which keeps it to one plan per patient. */
export const carePlanSchema = carePlanFieldsSchema
  .extend({
    id: carePlanIdSchema,
    patientId: patientIdSchema,
    /** Who saved this version; the sync server replaces it with the signed-in account. */
    author: authorSchema,
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
    deviceRecordedAt: deviceRecordedAtSchema,
    /** Tombstone: a deleted plan stays (for sync and history) with the time of deletion. */
    deletedAt: isoDateTimeSchema.nullable(),
  })
  .refine((plan) => (plan.id as string) === (plan.patientId as string), {
    path: ['id'],
    message: 'carePlan.idNotPatientId',
  });
export type CarePlan = z.infer<typeof carePlanSchema>;

/** Fields that are not clinical facts: identity, authorship and timestamps. They belong to no group. */
export const CARE_PLAN_BOOKKEEPING_FIELDS = [
  'id',
  'patientId',
  'author',
  'createdAt',
  'updatedAt',
  'deviceRecordedAt',
  'deletedAt',
] as const satisfies readonly (keyof CarePlan)[];

/**
 * Field groups for sync: one clinical fact each. A treatment limit is one group (its decision, date, with whom
 * and comment belong together); each dimension is one group with its actions; arrays that form one fact
 * (contacts, other limits, ACP conversations) are one group. Status and start date are one act: establishing.
 */
export const carePlanFieldGroups = {
  establishment: ['status', 'startDate'],
  regiebehandelaar: ['regiebehandelaar'],
  eersteAanspreekpunt: ['eersteAanspreekpunt'],
  contacts: ['contacts'],
  lichamelijk: ['lichamelijk'],
  psychisch: ['psychisch'],
  sociaal: ['sociaal'],
  spiritueel: ['spiritueel'],
  medicationAndAids: ['medicationAndAids'],
  acuteAgreements: ['acuteAgreements'],
  vptz: ['vptz'],
  mantelzorg: ['mantelzorgSummary', 'mantelzorgDiscussedOn'],
  limitReanimatie: ['limitReanimatie'],
  limitInvasieveBeademing: ['limitInvasieveBeademing'],
  limitIcOpname: ['limitIcOpname'],
  limitZiekenhuisopname: ['limitZiekenhuisopname'],
  limitAntibiotica: ['limitAntibiotica'],
  limitBloedproducten: ['limitBloedproducten'],
  limitIcdUitzetten: ['limitIcdUitzetten'],
  otherLimits: ['otherLimits'],
  treatmentGoal: ['treatmentGoal'],
  preferredPlaceOfDeath: ['preferredPlaceOfDeath'],
  euthanasia: ['euthanasia'],
  donorRegister: ['donorRegister'],
  wishes: ['wishes'],
  whatElseMatters: ['whatElseMatters'],
  naastenInformed: ['naastenInformed'],
  consentToShare: ['consentToShare'],
  acpConversations: ['acpConversations'],
} as const satisfies Record<string, readonly CarePlanField[]>;

export type CarePlanFieldGroup = keyof typeof carePlanFieldGroups;

/** The PZP record proper: what the national PZP standard covers and the FHIR export carries. */
export const PZP_FIELDS = [
  'limitReanimatie',
  'limitInvasieveBeademing',
  'limitIcOpname',
  'limitZiekenhuisopname',
  'limitAntibiotica',
  'limitBloedproducten',
  'limitIcdUitzetten',
  'otherLimits',
  'treatmentGoal',
  'preferredPlaceOfDeath',
  'euthanasia',
  'donorRegister',
  'wishes',
  'whatElseMatters',
  'naastenInformed',
  'consentToShare',
  'acpConversations',
] as const satisfies readonly CarePlanField[];
export type PzpRecord = Pick<CarePlanFields, (typeof PZP_FIELDS)[number]>;
