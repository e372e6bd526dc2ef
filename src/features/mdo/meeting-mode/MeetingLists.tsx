import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../domain';
import styles from './MeetingMode.module.css';
import { TextListEditor } from './TextListEditor';
import { useMeetingUpdate } from './useMeetingUpdate';

/** What the group collects for the regional network: knelpunten and onderwijsbehoeften. */
export function MeetingLists({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const update = useMeetingUpdate(meeting.id);
  return (
    <section aria-labelledby="lists-title" className={styles.section}>
      <h2 id="lists-title" className="visually-hidden">
        {t('mdoMeeting.lists.title')}
      </h2>
      <div className={styles.lists}>
        <TextListEditor
          title={t('mdoMeeting.lists.bottlenecks')}
          intro={t('mdoMeeting.lists.bottlenecksIntro')}
          newLabel={t('mdoMeeting.lists.newBottleneck')}
          entries={meeting.bottlenecks}
          onChange={(next) => update((stored) => ({ bottlenecks: next(stored.bottlenecks) }))}
        />
        <TextListEditor
          title={t('mdoMeeting.lists.trainingNeeds')}
          intro={t('mdoMeeting.lists.trainingNeedsIntro')}
          newLabel={t('mdoMeeting.lists.newTrainingNeed')}
          entries={meeting.trainingNeeds}
          onChange={(next) => update((stored) => ({ trainingNeeds: next(stored.trainingNeeds) }))}
        />
      </div>
    </section>
  );
}
