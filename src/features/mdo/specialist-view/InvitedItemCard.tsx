import { useTranslation } from 'react-i18next';
import type { InvitedItem } from '../../../db';
import type { SpecialistInvitation } from '../../../domain';
import { AdviceForm } from './AdviceForm';
import { useAccessLog } from '../../../components/useAccessLog';
import { CarePlanEssentialsView } from './CarePlanEssentialsView';
import { ChecklistSummaryList } from './ChecklistSummaryList';
import { PatientFacts } from './PatientFacts';
import styles from './SpecialistView.module.css';

/** The item's heading: the patient's initials and age, or the general topic. Never a name. */
function useItemTitle({ item, patient }: InvitedItem): string {
  const { t } = useTranslation();
  if (patient) {
    return t(
      patient.isDeceased ? 'mdoSpecialist.item.deceasedHeading' : 'mdoSpecialist.item.patientHeading',
      {
        initials: patient.initials,
        age: patient.age,
      },
    );
  }
  if (item.patientId !== null) return t('mdoSpecialist.item.unknownPatient');
  return item.topic.trim() === '' ? t('mdoSpecialist.item.topic') : item.topic;
}

/**
 * One invited agenda item: the team's question first and large, then what the specialist needs to answer
 * it (diagnosis, marking, latest checklists, care-plan essentials), and the specialist's advice when they
 * were invited to this item. Opening it logs the read (NEN 7513).
 */
export function InvitedItemCard({
  invited,
  invitation,
  subject,
}: {
  invited: InvitedItem;
  /** The invitation to this very item, when there is one: it carries the advice. */
  invitation?: SpecialistInvitation | undefined;
  subject: string;
}) {
  const { t } = useTranslation();
  const { item, patient } = invited;
  const title = useItemTitle(invited);
  useAccessLog(
    patient
      ? { event: 'mdoSpecialist.item.view', action: 'R', patientId: patient.id, recordPart: 'agendaItem' }
      : null,
    `item:${item.id}`,
  );
  const headingId = `item-${item.id}`;
  const question = item.question.trim();
  return (
    <li className={styles.itemSlot}>
      <article aria-labelledby={headingId} className={styles.item}>
        <h3 id={headingId} className={styles.itemTitle}>
          {title}
        </h3>
        <section className={styles.question}>
          <h4 className={styles.questionLabel}>{t('mdoSpecialist.item.question')}</h4>
          <p className={styles.questionText}>
            {question === '' ? t('mdoSpecialist.item.noQuestion') : question}
          </p>
        </section>
        {patient && (
          <>
            <PatientFacts patient={patient} />
            <ChecklistSummaryList checklists={invited.checklists} />
            <CarePlanEssentialsView plan={invited.carePlan} />
          </>
        )}
        {invitation && <AdviceForm invitation={invitation} subject={subject} />}
      </article>
    </li>
  );
}
