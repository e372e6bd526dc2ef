/** The words of an import's report: the facts recognised per kind, and why something was not read. */
import type { TFunction } from 'i18next';
import { emptyCarePlanFields, treatmentLimitsOf, type CarePlanFields } from '../../domain';
import { formatDate } from '../../lib/format';
import { limitHeadline } from './limit-words';
import { textOr, type KeysUnder } from '../../i18n';
import { registerHandoverTexts } from './handover-i18n';

registerHandoverTexts();

/** PZP facts without a line of their own in the summary, counted together. */
const OTHER_FACTS = [
  'euthanasia',
  'donorRegister',
  'wishes',
  'whatElseMatters',
  'naastenInformed',
  'consentToShare',
] as const satisfies readonly (keyof CarePlanFields)[];

interface Recognised {
  key: string;
  label: string;
  values: string[];
}

/** What the Bundle gave, per kind of fact, with the facts themselves in words. */
export function recognisedFacts(t: TFunction, plan: Partial<CarePlanFields>, language: string): Recognised[] {
  const kind = (
    key: KeysUnder<'handover.fhir.import.kinds'>,
    values: string[],
    isFound = values.length > 0,
  ): Recognised[] =>
    isFound ? [{ key, label: t(`handover.fhir.import.kinds.${key}`, { count: values.length }), values }] : [];
  // Limits the Bundle did not carry stay empty (decision null) in the merged plan.
  const limits = treatmentLimitsOf({ ...emptyCarePlanFields(), ...plan }).filter(
    (limit) => limit.decision !== null || limit.kind === 'anders',
  );
  const professionals = [plan.regiebehandelaar?.name, plan.eersteAanspreekpunt?.name].filter(
    (name): name is string => name !== undefined && name !== '',
  );
  const place = plan.preferredPlaceOfDeath;
  return [
    ...kind(
      'limits',
      limits.map((limit) => limitHeadline(t, limit)),
    ),
    ...kind('goal', plan.treatmentGoal?.goal ? [t(`handover.goal.${plan.treatmentGoal.goal}`)] : []),
    ...kind(
      'place',
      place?.place
        ? [place.place === 'anders' && place.otherText ? place.otherText : t(`handover.place.${place.place}`)]
        : [],
    ),
    ...kind('professionals', professionals),
    ...kind(
      'contacts',
      (plan.contacts ?? []).map((contact) => contact.name),
    ),
    ...kind(
      'conversations',
      (plan.acpConversations ?? []).map((conversation) => formatDate(conversation.date, language)),
    ),
    ...kind(
      'other',
      OTHER_FACTS.filter((field) => plan[field] !== undefined).map((field) =>
        t(`handover.fhir.import.otherFacts.${field}`),
      ),
    ),
  ];
}

/** The reason a written declaration was not read: `livingWill.<kind>`, its kind named in words. */
export const LIVING_WILL_REASON = 'livingWill.';

/** A kind of written declaration (WilsverklaringTypeCodelijst) in words, or its code. */
export function livingWillKindText(t: TFunction, kind: string): string {
  return textOr(t, `handover.fhir.import.livingWillKinds.${kind}`, kind);
}

/** The reason in Dutch when the import's code is known, else the code as the import gave it. */
export function reasonText(t: TFunction, reason: string): string {
  if (reason.startsWith(LIVING_WILL_REASON)) {
    const kind = livingWillKindText(t, reason.slice(LIVING_WILL_REASON.length));
    return t('handover.fhir.import.reasons.livingWill', { kind });
  }
  return textOr(t, `handover.fhir.import.reasons.${reason}`, reason);
}
