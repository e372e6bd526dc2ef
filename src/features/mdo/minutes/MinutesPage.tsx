import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { buttonClass } from '../../../components/button-class';
import { logAccess, type MeetingRecord } from '../../../db';
import { useSessionStore } from '../../../state/session-store';
import { usePrintWithLog } from '../../../components/usePrintWithLog';
import { registerMdoMeetingTexts } from '../meeting-mode/mdoMeeting-i18n';
import { MeetingNotFound } from '../meeting-mode/MeetingNotFound';
import { useMeetingRecord } from '../meeting-mode/useMeetingRecord';
import { useAccessLog } from '../../../components/useAccessLog';
import styles from './Minutes.module.css';
import { MinutesSheet } from './MinutesSheet';
import { LoadingStatus } from '../../../components/LoadingStatus';

registerMdoMeetingTexts();

/** The minutes with the print button; the print is logged (NEN 7513), once for the meeting and per patient. */
function MinutesView({ record }: { record: MeetingRecord }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const printedBy = useSessionStore((state) => state.session?.user.name ?? null);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const patientIds = record.items.flatMap(({ patient }) => (patient ? [patient.id] : []));
  const print = usePrintWithLog(
    { event: 'mdo.minutes.print', action: 'E', patientId: null, recordPart: 'mdo.minutes' },
    () => {
      const now = new Date();
      setPrintedAt(now);
      for (const patientId of patientIds) {
        void logAccess(
          db,
          { event: 'mdo.minutes.print', action: 'E', patientId, recordPart: 'mdo.minutes.item' },
          now,
        );
      }
    },
  );
  return (
    <div className={styles.page}>
      <div className={styles.panel} data-no-print>
        <p className={styles.back}>
          <Link to={`/mdo/${record.meeting.id}/overleg`}>{t('mdoMeeting.minutes.backToMeeting')}</Link>
        </p>
        <button type="button" className={buttonClass()} onClick={print}>
          {t('mdoMeeting.minutes.print')}
        </button>
        <p className={styles.small}>{t('mdoMeeting.minutes.pdfHint')}</p>
      </div>
      <MinutesSheet record={record} printedAt={printedAt} printedBy={printedBy} />
    </div>
  );
}

/** Verslag: the minutes of one meeting, ready to print on A4, without BSN. */
export function MinutesPage() {
  const { meetingId } = useParams();
  const record = useMeetingRecord(meetingId);
  useAccessLog(
    record ? { event: 'mdo.minutes.view', action: 'R', patientId: null, recordPart: 'mdo.minutes' } : null,
    record ? `verslag:${record.meeting.id}` : '',
  );
  if (record === undefined) return <LoadingStatus />;
  if (record === null) return <MeetingNotFound />;
  return <MinutesView record={record} />;
}
