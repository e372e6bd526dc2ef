import { useTranslation } from 'react-i18next';
import {
  ageOn,
  fullName,
  isoDateOf,
  type CarePlan,
  type IsoDate,
  type Patient,
  type Role,
} from '../../domain';
import { formatDate, formatDateTime, formatInstantDate } from '../../lib/format';
import { HandoverContacts, HandoverProfessionals } from './HandoverContacts';
import { HandoverLimits } from './HandoverLimits';
import styles from './Handover.module.css';
import { latestDate } from './limit-words';
import { registerHandoverTexts } from './handover-i18n';

registerHandoverTexts();

export interface PrintedBy {
  name: string;
  role: Role;
  practice: string;
}

interface HandoverSheetProps {
  patient: Patient;
  plan: CarePlan;
  /** Only when the user ticked the box for a recipient who needs the BSN. */
  includeBsn: boolean;
  printedAt: Date;
  /** The signed-in account; null only if the session is gone while the page is open. */
  printedBy: PrintedBy | null;
}

/** The patient at the top: name, birth date with age, main diagnosis, and the BSN only when asked. */
function Identity({ patient, includeBsn, today }: { patient: Patient; includeBsn: boolean; today: IsoDate }) {
  const { t, i18n } = useTranslation();
  const diagnosis = [patient.diagnosisText, patient.icpcCode && `(${patient.icpcCode})`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={styles.identity}>
      <p className={styles.patientName}>{fullName(patient)}</p>
      <p>
        {t('handover.patient.born', {
          date: formatDate(patient.birthDate, i18n.language),
          age: t('patient.age', { count: ageOn(patient.birthDate, patient.deathDate ?? today) }),
        })}
        {' · '}
        {t('handover.patient.diagnosis')}: {diagnosis === '' ? t('handover.patient.none') : diagnosis}
        {includeBsn && patient.bsn && (
          <>
            {' · '}
            {t('handover.patient.bsn')}: <span className={styles.bsn}>{patient.bsn}</span>
          </>
        )}
      </p>
    </div>
  );
}

/** Treatment goal and preferred place of death, with when each was discussed. */
function GoalAndPlace({ plan }: { plan: CarePlan }) {
  const { t, i18n } = useTranslation();
  const discussed = (date: IsoDate | null) =>
    date ? ` (${t('handover.discussedOn', { date: formatDate(date, i18n.language) })})` : '';
  const { goal, dateDiscussed: goalDate } = plan.treatmentGoal;
  const { place, otherText, dateDiscussed: placeDate } = plan.preferredPlaceOfDeath;
  const placeText =
    place === null
      ? null
      : place === 'anders' && otherText.trim() !== ''
        ? otherText
        : t(`handover.place.${place}`);
  return (
    <section aria-labelledby="handover-goal" className={styles.section}>
      <h2 id="handover-goal">{t('handover.sections.goal')}</h2>
      <p className={styles.fact}>
        {t('handover.goal.label')}:{' '}
        <strong>{goal ? t(`handover.goal.${goal}`) : t('handover.notRecorded')}</strong>
        <span className={styles.small}>{discussed(goalDate)}</span>
      </p>
      <p className={styles.fact}>
        {t('handover.place.label')}: <strong>{placeText ?? t('handover.notRecorded')}</strong>
        <span className={styles.small}>{discussed(placeDate)}</span>
      </p>
    </section>
  );
}

function AcuteAgreements({ plan }: { plan: CarePlan }) {
  const { t } = useTranslation();
  const text = plan.acuteAgreements.text.trim();
  return (
    <section aria-labelledby="handover-acute" className={styles.section}>
      <h2 id="handover-acute">{t('handover.sections.acute')}</h2>
      {text === '' ? (
        <p className={styles.muted}>{t('handover.acute.none')}</p>
      ) : (
        <p className={styles.acute}>{text}</p>
      )}
      <p className={styles.small}>
        {t('handover.acute.kit')}: {t(`handover.answers.${plan.medicationAndAids.palliativeKitPresent}`)}
      </p>
    </section>
  );
}

/** The last ACP conversation, the plan's status, the consent to share, and who printed this when. */
function Footer({ plan, printedAt, printedBy, includeBsn }: Omit<HandoverSheetProps, 'patient'>) {
  const { t, i18n } = useTranslation();
  const lastAcp = latestDate(plan.acpConversations.map((conversation) => conversation.date));
  const dateTime = formatDateTime(printedAt.toISOString(), i18n.language);
  const answer = (value: 'yes' | 'no' | null) =>
    value === null ? t('handover.notRecorded') : t(`handover.answers.${value}`);
  return (
    <div className={styles.footer}>
      <dl className={styles.meta}>
        <div>
          <dt>{t('handover.meta.lastAcp')}</dt>
          <dd>{lastAcp ? formatDate(lastAcp, i18n.language) : t('handover.meta.noAcp')}</dd>
        </div>
        <div>
          <dt>{t('handover.meta.planStatus')}</dt>
          <dd>
            {t(`handover.meta.status.${plan.status}`)},{' '}
            {t('handover.meta.updated', { date: formatInstantDate(plan.updatedAt, i18n.language) })}
          </dd>
        </div>
        <div>
          <dt>{t('handover.meta.consent')}</dt>
          <dd>
            {t('handover.meta.consentValue', {
              hap: answer(plan.consentToShare.hap),
              ambulance: answer(plan.consentToShare.ambulance),
            })}
          </dd>
        </div>
      </dl>
      <p className={styles.small}>
        {printedBy
          ? t('handover.meta.printed', {
              dateTime,
              name: printedBy.name,
              role: t(`roles.${printedBy.role}`),
              practice: printedBy.practice,
            })
          : t('handover.meta.printedAt', { dateTime })}
        {includeBsn && ` · ${t('handover.meta.bsnIncluded')}`}
      </p>
    </div>
  );
}

/**
 * The handover sheet (overdracht voor HAP en ambulance): what an out-of-hours GP or an ambulance nurse must
 * read in seconds, laid out to print on one A4 page. No `<header>` element on purpose: the global print
 * styles hide every header (the app's own), and this page's top must print.
 */
export function HandoverSheet(props: HandoverSheetProps) {
  const { t } = useTranslation();
  const { patient, plan, includeBsn, printedAt } = props;
  const isConcept = plan.status === 'concept';
  return (
    <article aria-labelledby="handover-title" className={styles.sheet}>
      <div className={styles.top}>
        <h1 id="handover-title" className={styles.title}>
          {t('handover.title')}
        </h1>
        {isConcept && (
          <p className={styles.concept}>
            <strong>{t('handover.concept')}</strong> <span>{t('handover.conceptNote')}</span>
          </p>
        )}
      </div>
      <Identity patient={patient} includeBsn={includeBsn} today={isoDateOf(printedAt)} />
      <HandoverLimits plan={plan} />
      <div className={styles.columns}>
        <GoalAndPlace plan={plan} />
        <AcuteAgreements plan={plan} />
      </div>
      <div className={styles.columns}>
        <HandoverProfessionals plan={plan} />
        <HandoverContacts plan={plan} />
      </div>
      <Footer {...props} />
    </article>
  );
}
