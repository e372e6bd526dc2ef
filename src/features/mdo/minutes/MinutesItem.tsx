import { useTranslation } from 'react-i18next';
import type { MeetingItemRecord } from '../../../db';
import { fullName, type MdoAction } from '../../../domain';
import { SpecialistAdviceList } from '../invitations/SpecialistAdviceList';
import { itemKindOf } from '../meeting-mode/item-kind';
import { useAccessLog } from '../../../components/useAccessLog';
import { MinutesActions } from './MinutesActions';
import { MinutesFact } from './MinutesFact';
import { MinutesOutcome } from './MinutesOutcome';
import styles from './Minutes.module.css';

interface MinutesItemProps {
  entry: MeetingItemRecord;
  position: number;
  actions: readonly MdoAction[];
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
        {kind !== 'topic' && <MinutesOutcome item={item} isDeceased={kind === 'deceased'} />}
        {item.decisions && <MinutesFact term={t('mdoMeeting.minutes.decisions')} value={item.decisions} />}
      </dl>
      <SpecialistAdviceList advice={entry.advice} />
      <h4>{t('mdoMeeting.minutes.actions')}</h4>
      <MinutesActions actions={actions} />
    </section>
  );
}
