/**
 * What a specialist PZ (an external consultant) receives of a care plan. They advise on the four dimensions,
 * medication and the limits of treatment, so they see those, the team's professionals and the essentials the
 * handover sheet carries. They do not need, and so do not get, anything about third parties or the most
 * personal choices: the naasten and representatives with their phone numbers and e-mail addresses, who took
 * part in each ACP conversation (only the dates remain), the euthanasia facts, the donor register, the
 * patient's own words about wishes and what else matters, whether naasten were informed, and the consent to
 * share.
 */
import { type CarePlanField, type CarePlanFields } from './care-plan';
import { emptyCarePlanFields } from './factory';

type Row = Record<string, unknown>;

/** The care plan fields a specialist PZ may see (bookkeeping fields always pass). */
export const SPECIALIST_CARE_PLAN_FIELDS = [
  'status',
  'startDate',
  'regiebehandelaar',
  'eersteAanspreekpunt',
  'lichamelijk',
  'psychisch',
  'sociaal',
  'spiritueel',
  'medicationAndAids',
  'acuteAgreements',
  'vptz',
  'mantelzorgSummary',
  'mantelzorgDiscussedOn',
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
  'acpConversations',
] as const satisfies readonly CarePlanField[];

const allowed = new Set<string>(SPECIALIST_CARE_PLAN_FIELDS);

/** An ACP conversation as the specialist sees it: the date, not who was there. */
function withoutParticipants(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown) =>
    typeof item === 'object' && item !== null ? { ...item, participants: [] } : item,
  );
}

/**
 * Projects a stored care plan row to the specialist's allowlist. Fields outside it are emptied (not dropped),
 * so the row still passes the care plan schema on the specialist's device.
 */
export function specialistCarePlanView(row: Row): Row {
  const empty: CarePlanFields = emptyCarePlanFields();
  const view: Row = { ...row };
  for (const field of Object.keys(empty) as CarePlanField[]) {
    if (!allowed.has(field)) view[field] = empty[field];
  }
  if ('acpConversations' in row) view.acpConversations = withoutParticipants(row.acpConversations);
  return view;
}
