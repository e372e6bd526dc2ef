import type { CarePlan, CarePlanFields, Dimension, PatientId } from '../../domain';
import { AcpConversationsSection } from './AcpConversationsSection';
import { AcuteAgreementsSection } from './AcuteAgreementsSection';
import { ConsentSection } from './ConsentSection';
import { ContactsSection } from './ContactsSection';
import { DimensionSection } from './DimensionSection';
import { EuthanasiaSection } from './EuthanasiaSection';
import { MantelzorgSection } from './MantelzorgSection';
import { MedicationSection } from './MedicationSection';
import { NaastenInformedSection } from './NaastenInformedSection';
import { PlaceOfDeathSection } from './PlaceOfDeathSection';
import { discussedDates } from './plan-dates';
import type { SectionKey } from './plan-sections';
import { RegieSection } from './RegieSection';
import { StatusSection } from './StatusSection';
import { TreatmentGoalSection } from './TreatmentGoalSection';
import { TreatmentLimitsSection } from './TreatmentLimitsSection';
import { VptzSection } from './VptzSection';
import { WishesSection } from './WishesSection';

interface PlanSectionByKeyProps {
  section: SectionKey;
  patientId: PatientId;
  /** The stored plan, or null for a patient without one yet. */
  plan: CarePlan | null;
  /** The fields the "laatst besproken" dates are read from. */
  fields: CarePlanFields;
}

/** One section of the care plan form by its key; must sit inside the plan form's FormProvider. */
export function PlanSectionByKey({ section, patientId, plan, fields }: PlanSectionByKeyProps) {
  const discussed = discussedDates(fields);
  switch (section) {
    case 'status':
      return <StatusSection status={plan?.status ?? null} />;
    case 'regie':
      return <RegieSection />;
    case 'contacts':
      return <ContactsSection />;
    case 'limits':
      return <TreatmentLimitsSection discussed={discussed.limits} />;
    case 'treatmentGoal':
      return <TreatmentGoalSection discussed={discussed.treatmentGoal} />;
    case 'placeOfDeath':
      return <PlaceOfDeathSection discussed={discussed.placeOfDeath} />;
    case 'euthanasia':
      return <EuthanasiaSection discussed={discussed.euthanasia} />;
    case 'wishes':
      return <WishesSection discussed={discussed.wishes} />;
    case 'naastenInformed':
      return <NaastenInformedSection discussed={discussed.naastenInformed} />;
    case 'consent':
      return <ConsentSection discussed={discussed.consent} />;
    case 'acp':
      return <AcpConversationsSection discussed={discussed.acp} />;
    case 'medication':
      return <MedicationSection discussed={discussed.medication} />;
    case 'acute':
      return <AcuteAgreementsSection discussed={discussed.acute} />;
    case 'vptz':
      return <VptzSection />;
    case 'mantelzorg':
      return <MantelzorgSection patientId={patientId} discussed={discussed.mantelzorg} />;
    default:
      return <DimensionSection dimension={section satisfies Dimension} discussed={discussed[section]} />;
  }
}
