/**
 * The sections of the care plan form in their order, and which section shows each field group, so a
 * conflict about a group can open the very section the plan's form shows it in. Each section's anchor is
 * `zorgplan-<key>`.
 */
import { DIMENSIONS, type CarePlanFieldGroup } from '../../domain';

export const SECTION_KEYS = [
  'status',
  'regie',
  'contacts',
  'limits',
  'treatmentGoal',
  'placeOfDeath',
  'euthanasia',
  'wishes',
  'naastenInformed',
  'consent',
  'acp',
  ...DIMENSIONS,
  'medication',
  'acute',
  'vptz',
  'mantelzorg',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_OF_GROUP: Readonly<Record<CarePlanFieldGroup, SectionKey>> = {
  establishment: 'status',
  regiebehandelaar: 'regie',
  eersteAanspreekpunt: 'regie',
  contacts: 'contacts',
  lichamelijk: 'lichamelijk',
  psychisch: 'psychisch',
  sociaal: 'sociaal',
  spiritueel: 'spiritueel',
  medicationAndAids: 'medication',
  acuteAgreements: 'acute',
  vptz: 'vptz',
  mantelzorg: 'mantelzorg',
  limitReanimatie: 'limits',
  limitInvasieveBeademing: 'limits',
  limitIcOpname: 'limits',
  limitZiekenhuisopname: 'limits',
  limitAntibiotica: 'limits',
  limitBloedproducten: 'limits',
  limitIcdUitzetten: 'limits',
  otherLimits: 'limits',
  treatmentGoal: 'treatmentGoal',
  preferredPlaceOfDeath: 'placeOfDeath',
  euthanasia: 'euthanasia',
  donorRegister: 'euthanasia',
  wishes: 'wishes',
  whatElseMatters: 'wishes',
  naastenInformed: 'naastenInformed',
  consentToShare: 'consent',
  acpConversations: 'acp',
};

/** The section of a group name that came over the wire; null for a name the plan does not have. */
export function sectionOfGroup(group: string): SectionKey | null {
  return (SECTION_OF_GROUP as Readonly<Record<string, SectionKey>>)[group] ?? null;
}

/** The field groups a section of the form shows (what the access policy is asked about for it). */
export function groupsOfSection(section: SectionKey): CarePlanFieldGroup[] {
  return (Object.keys(SECTION_OF_GROUP) as CarePlanFieldGroup[]).filter(
    (group) => SECTION_OF_GROUP[group] === section,
  );
}
