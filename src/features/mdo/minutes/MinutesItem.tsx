import { useTranslation } from 'react-i18next';
import type { MeetingItemRecord } from '../../../db/minutes-queries';
import { CONCLUSION_FIELDS, fullName, type AgendaItem, type MdoAction } from '../../../domain';
import { itemKindOf } from '../meeting-mode/item-kind';
import { useMdoWords } from '../meeting-mode/useMdoWords';
import { useAccessLog } from '../../sync/useAccessLog';
import { MinutesActions } from './MinutesActions';
import styles from './Minutes.module.css';

const DIMENSIONS = Object.keys(CONCLUSION_FIELDS) as (keyof typeof CONCLUSION_FIELDS)[];

interface MinutesItemProps {
  entry: MeetingItemRecord;
  position: number;
  actions: readonly MdoAction[];
}

/** A term and its value in the minutes' outcome list. */
function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** The outcome of a patient item: the four dimensions, VPTZ, mantelzorg, and review or nabespreking. */
function PatientOutcome({ item, isDeceased }: { item: AgendaItem; isDeceased: boolean }) {
  const { t } = useTranslation();
  const words = useMdoWords();
  const yesNo = (value: boolean) => t(value ? 'mdoMeeting.answers.yes' : 'mdoMeeting.answers.no');
  const answer = (value: 'yes' | 'no' | 'unknown' | null) => t(`mdoMeeting.answers.${value ?? 'none'}`);
  const conclusions = DIMENSIONS.filter((dimension) => item[CONCLUSION_FIELDS[dimension]] !== '');
  const review = item.afterDeathReview;
  return (
    <>
      {conclusions.length === 0 && (
        <Fact term={t('mdoMeeting.outcome.conclusions')} value={t('mdoMeeting.minutes.noConclusions')} />
      )}
      {conclusions.map((dimension) => (
        <Fact
          key={dimension}
          term={t(`mdoMeeting.dimensions.${dimension}`)}
          value={item[CONCLUSION_FIELDS[dimension]]}
        />
      ))}
      <Fact term={t('mdoMeeting.minutes.vptz')} value={yesNo(item.isVptzDiscussed)} />
      <Fact term={t('mdoMeeting.minutes.caregiverBurden')} value={yesNo(item.isCaregiverBurdenDiscussed)} />
      {!isDeceased && item.nextReviewDate && (
        <Fact term={t('mdoMeeting.minutes.nextReview')} value={words.date(item.nextReviewDate)} />
      )}
      {!isDeceased && item.newColour && (
        <Fact term={t('mdoMeeting.minutes.newColour')} value={words.colour(item.newColour)} />
      )}
      {isDeceased && (
        <>
          <Fact
            term={t('mdoMeeting.afterDeath.markedInTime')}
            value={answer(review?.wasMarkedInTime ?? null)}
          />
          <Fact
            term={t('mdoMeeting.afterDeath.preferredPlace')}
            value={answer(review?.diedAtPreferredPlace ?? null)}
          />
          {review?.lessons && <Fact term={t('mdoMeeting.afterDeath.lessons')} value={review.lessons} />}
        </>
      )}
    </>
  );
}

/** One agenda item in the minutes. Reading it is logged per patient (NEN 7513). */
export function MinutesItem({ entry, position, actions }: MinutesItemProps) {
  const { t } = useTranslation();
  const { item, patient } = entry;
  const kind = itemKindOf(item, patient);
  useAccessLog(
    patient
      ? { event: 'mdo.minutes.view', action: 'R', patientId: patient.id, recordPart: 'mdo.minutes.item' }
      : null,
    patient ? `verslag-item:${item.id}` : '',
  );
  const title =
    item.patientId === null
      ? item.topic
      : patient
        ? fullName(patient)
        : t('mdoMeeting.agenda.missingPatient');
  const headingId = `minutes-item-${item.id}`;
  return (
    <section aria-labelledby={headingId} className={styles.item}>
      <h3 id={headingId}>{t('mdoMeeting.minutes.itemTitle', { position, title })}</h3>
      <p className={styles.muted}>
        {kind === 'topic'
          ? t('mdoMeeting.agenda.generalTopic')
          : item.reasons.map((reason) => t(`mdoMeeting.reasons.${reason}`)).join(' · ')}
      </p>
      {item.question && <p className={styles.question}>{item.question}</p>}
      {!item.isDiscussed && <p className={styles.notDiscussed}>{t('mdoMeeting.minutes.notDiscussed')}</p>}
      <dl className={styles.outcome}>
        {kind !== 'topic' && <PatientOutcome item={item} isDeceased={kind === 'deceased'} />}
        {item.decisions && <Fact term={t('mdoMeeting.minutes.decisions')} value={item.decisions} />}
      </dl>
      <h4>{t('mdoMeeting.minutes.actions')}</h4>
      <MinutesActions actions={actions} />
    </section>
  );
}
