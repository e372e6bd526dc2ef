/** The field groups each section of the care plan form edits: what the access policy is asked about. */
import type { CarePlanFieldGroup } from '../../domain';

export const SECTION_GROUPS = {
  establishment: ['establishment'],
  regie: ['regiebehandelaar', 'eersteAanspreekpunt'],
  contacts: ['contacts'],
  limits: ['limitReanimatie', 'otherLimits'],
  treatmentGoal: ['treatmentGoal'],
  placeOfDeath: ['preferredPlaceOfDeath'],
  euthanasia: ['euthanasia'],
  wishes: ['wishes', 'whatElseMatters'],
  naastenInformed: ['naastenInformed'],
  consent: ['consentToShare'],
  acp: ['acpConversations'],
  acute: ['acuteAgreements'],
} as const satisfies Record<string, readonly CarePlanFieldGroup[]>;
