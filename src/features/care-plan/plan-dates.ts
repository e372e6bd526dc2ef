/**
 * "Laatst besproken": when each part of a care plan was last discussed, read from the dates the plan
 * records (a treatment limit's date discussed, a dimension's last discussion, an ACP conversation).
 */
import {
  DIMENSIONS,
  treatmentLimitsOf,
  type CarePlanFields,
  type Dimension,
  type IsoDate,
} from '../../domain';

export type DatedSection =
  | 'limits'
  | 'treatmentGoal'
  | 'placeOfDeath'
  | 'euthanasia'
  | 'wishes'
  | 'naastenInformed'
  | 'consent'
  | 'acp'
  | 'medication'
  | 'acute'
  | 'mantelzorg'
  | Dimension;

function latest(dates: readonly (IsoDate | null)[]): IsoDate | null {
  return dates.reduce<IsoDate | null>(
    (max, date) => (date !== null && (max === null || date > max) ? date : max),
    null,
  );
}

/** Per section the latest date it was discussed, or null when it never was. */
export function discussedDates(fields: CarePlanFields): Record<DatedSection, IsoDate | null> {
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, fields[d].lastDiscussed])) as Record<
    Dimension,
    IsoDate | null
  >;
  return {
    limits: latest(treatmentLimitsOf(fields).map((limit) => limit.dateDiscussed)),
    treatmentGoal: fields.treatmentGoal.dateDiscussed,
    placeOfDeath: fields.preferredPlaceOfDeath.dateDiscussed,
    euthanasia: latest([fields.euthanasia.dateDiscussed, fields.donorRegister.dateDiscussed]),
    wishes: latest([fields.wishes.dateDiscussed, fields.whatElseMatters.dateDiscussed]),
    naastenInformed: fields.naastenInformed.date,
    consent: fields.consentToShare.date,
    acp: latest(fields.acpConversations.map((talk) => talk.date)),
    medication: fields.medicationAndAids.lastDiscussed,
    acute: fields.acuteAgreements.lastDiscussed,
    mantelzorg: fields.mantelzorgDiscussedOn,
    ...dimensions,
  };
}

/** When any part of the plan was last discussed, or null when none was. */
export function lastDiscussedOf(fields: CarePlanFields): IsoDate | null {
  return latest(Object.values(discussedDates(fields)));
}
