/** The specialist form works on text as typed; these translate between that and saveSpecialist's input. */
import type { Specialist } from '../../../domain';

export interface SpecialistFormValues {
  name: string;
  organisation: string;
  /** A SPECIALIST_TEAMS value, or '' while not chosen. */
  team: string;
  phone: string;
  email: string;
  /** The linked account's id, or '' for none. */
  userId: string;
}

export const EMPTY_SPECIALIST_FORM: SpecialistFormValues = {
  name: '',
  organisation: '',
  team: '',
  phone: '',
  email: '',
  userId: '',
};

export function specialistFormValuesOf(specialist: Specialist): SpecialistFormValues {
  return {
    name: specialist.name,
    organisation: specialist.organisation,
    team: specialist.team,
    phone: specialist.phone,
    email: specialist.email,
    userId: specialist.userId ?? '',
  };
}

/** What saveSpecialist validates (it answers with issue codes per field). */
export function toSpecialistInput(values: SpecialistFormValues) {
  return { ...values, userId: values.userId === '' ? null : values.userId };
}
