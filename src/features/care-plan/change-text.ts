/**
 * A change between two plan versions in Dutch words: which fact ("Reanimatie", "Lichamelijk – afspraak 2 –
 * wanneer") and its values before and after ("wel → niet"), with dates as dd-mm-jjjj and options in words.
 */
import type { TFunction } from 'i18next';
import { TREATMENT_LIMIT_FIELDS, type CarePlanChange, type CarePlanFields, type IsoDate } from '../../domain';
import { formatDate } from '../../lib/format';
import { textOr } from '../../i18n';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

export interface ChangeText {
  label: string;
  kind: CarePlanChange['kind'];
  before: string;
  after: string;
}

const LIMIT_FIELDS = new Set<string>(Object.values(TREATMENT_LIMIT_FIELDS));

/** The part that is the fact itself, so the label names only the fact ("Behandeldoel: curatief → …"). */
const MAIN_PART: Readonly<Record<string, string>> = {
  treatmentGoal: 'goal',
  preferredPlaceOfDeath: 'place',
  donorRegister: 'choiceRecorded',
  naastenInformed: 'informed',
  wishes: 'text',
  whatElseMatters: 'text',
  acuteAgreements: 'text',
  medicationAndAids: 'text',
};

/** Where the words for an option live, by the key that holds it. */
const OPTION_WORDS: Readonly<Record<string, string>> = {
  decision: 'carePlan.decision',
  goal: 'carePlan.goal',
  place: 'carePlan.place',
  kind: 'carePlan.contactKind',
  palliativeKitPresent: 'carePlan.yesNo',
  declarationPresent: 'carePlan.yesNo',
  position: 'carePlan.euthanasiaPosition',
  choiceRecorded: 'carePlan.yesNo',
  informed: 'carePlan.yesNo',
  hap: 'carePlan.yesNo',
  ambulance: 'carePlan.yesNo',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** One value in words; an item (a contact, an action) as its filled parts joined. */
export function valueText(value: unknown, key: string, t: TFunction, language: string): string {
  if (isEmpty(value)) return t('carePlan.history.empty');
  if (typeof value === 'boolean') return t(value ? 'carePlan.history.yes' : 'carePlan.history.no');
  if (Array.isArray(value)) return value.map((item: unknown) => valueText(item, key, t, language)).join(', ');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([part, item]) => part !== 'id' && !isEmpty(item))
      .map(([part, item]) => valueText(item, part, t, language))
      .join(', ');
  }
  if (typeof value !== 'string') return String(value);
  if (key === 'status') return textOr(t, `carePlan.status.${value}`, value);
  const options = OPTION_WORDS[key];
  if (options) return textOr(t, `${options}.${value}`, value).toLocaleLowerCase(language);
  if (ISO_DATE.test(value)) return formatDate(value as IsoDate, language);
  return value;
}

/** The item a list index stands for, in words: a named other limit, a dated conversation, a numbered one. */
function itemLabel(
  list: string,
  index: number,
  plan: CarePlanFields,
  t: TFunction,
  language: string,
): string {
  const number = index + 1;
  if (list === 'otherLimits') {
    const text = plan.otherLimits[index]?.text;
    return text ?? t('carePlan.history.items.otherLimits', { number });
  }
  if (list === 'acpConversations') {
    const date = plan.acpConversations[index]?.date;
    return date
      ? t('carePlan.history.items.acpConversations', { date: formatDate(date, language) })
      : t('carePlan.history.items.conversation', { number });
  }
  return textOr(t, `carePlan.history.items.${list}`, `${list} ${number}`, { number });
}

/** The name of the changed fact, e.g. "Reanimatie" or "Naasten en vertegenwoordiger – contactpersoon 2 – telefoonnummer". */
export function changeLabel(
  change: CarePlanChange,
  plans: { before: CarePlanFields; after: CarePlanFields },
  t: TFunction,
  language: string,
): string {
  if (change.group === 'deletion') return t('carePlan.history.deleted');
  const [field = '', ...rest] = change.path.split('.');
  // Removed items are numbered in the older version, all others in the newer one.
  const plan = change.kind === 'removed' ? plans.before : plans.after;
  const parts = [textOr(t, `carePlan.history.fields.${field}`, field)];
  rest.forEach((segment, index) => {
    const owner = index === 0 ? field : (rest[index - 1] ?? '');
    if (/^\d+$/.test(segment)) {
      const item = itemLabel(owner, Number(segment), plan, t, language);
      // An item of the field itself follows the field's name; an item of a part replaces the part's name.
      if (index === 0) parts.push(item);
      else parts[parts.length - 1] = item;
      return;
    }
    const isLast = index === rest.length - 1;
    const isLimit = LIMIT_FIELDS.has(field) || field === 'otherLimits';
    const isMain = (isLimit && segment === 'decision') || (index === 0 && MAIN_PART[field] === segment);
    if (!(isLast && isMain)) parts.push(textOr(t, `carePlan.history.parts.${segment}`, segment));
  });
  return parts.join(' – ');
}

/** A change in words, ready to show. */
export function changeText(
  change: CarePlanChange,
  plans: { before: CarePlanFields; after: CarePlanFields },
  t: TFunction,
  language: string,
): ChangeText {
  const key = change.path.split('.').at(-1) ?? '';
  return {
    label: changeLabel(change, plans, t, language),
    kind: change.kind,
    before: valueText(change.before, key, t, language),
    after: valueText(change.after, key, t, language),
  };
}
