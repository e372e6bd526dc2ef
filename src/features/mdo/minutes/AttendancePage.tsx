import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/button-class';
import { useToday } from '../../../components/useToday';
import { parseDutchDate, type IsoDate } from '../../../domain';
import { registerMdoMeetingTexts } from '../meeting-mode/mdoMeeting-i18n';
import styles from './Attendance.module.css';
import { AttendanceTable } from './AttendanceTable';
import { PeriodField } from './PeriodField';
import { useCsvExport } from './useCsvExport';
import { useMeetingsBetween } from './useMeetingsBetween';
import { LoadingStatus } from '../../../components/LoadingStatus';

registerMdoMeetingTexts();

/**
 * Aanwezigheid en knelpunten: per meeting of a chosen period who was present (with role), for accreditation,
 * and what the group collected for the regional network; both exportable as CSV without patient data.
 */
export function AttendancePage() {
  const { t } = useTranslation();
  const today = useToday();
  const year = today.slice(0, 4);
  const [fromText, setFromText] = useState(`01-01-${year}`);
  const [toText, setToText] = useState(`31-12-${year}`);
  const [period, setPeriod] = useState({ from: `${year}-01-01` as IsoDate, to: `${year}-12-31` as IsoDate });
  const meetings = useMeetingsBetween(period.from, period.to);
  const { exportCsv, fileName } = useCsvExport(meetings ?? [], period.from, period.to);
  const isBackwards = period.to < period.from;

  const change = (end: 'from' | 'to', text: string) => {
    (end === 'from' ? setFromText : setToText)(text);
    const date = parseDutchDate(text);
    if (date !== null) setPeriod((current) => ({ ...current, [end]: date }));
  };

  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('mdoMeeting.attendanceList.title')}</h1>
      <p>{t('mdoMeeting.attendanceList.intro')}</p>
      <fieldset className={styles.period}>
        <legend>{t('mdoMeeting.attendanceList.period')}</legend>
        <PeriodField
          label={t('mdoMeeting.attendanceList.from')}
          text={fromText}
          onChange={(text) => {
            change('from', text);
          }}
        />
        <PeriodField
          label={t('mdoMeeting.attendanceList.to')}
          text={toText}
          onChange={(text) => {
            change('to', text);
          }}
        />
      </fieldset>
      {isBackwards && <p className={styles.warning}>{t('mdoMeeting.attendanceList.invalidPeriod')}</p>}
      {meetings === undefined ? (
        <LoadingStatus />
      ) : (
        <>
          <p className={styles.count}>
            {meetings.length === 0
              ? t('mdoMeeting.attendanceList.noMeetings')
              : t('mdoMeeting.attendanceList.meetings', { count: meetings.length })}
          </p>
          <div className={styles.buttons}>
            <button
              type="button"
              className={buttonClass()}
              disabled={meetings.length === 0}
              onClick={() => {
                exportCsv('presentielijst');
              }}
            >
              {t('mdoMeeting.attendanceList.exportAttendance')}
            </button>
            <button
              type="button"
              className={buttonClass('secondary')}
              disabled={meetings.length === 0}
              onClick={() => {
                exportCsv('knelpunten');
              }}
            >
              {t('mdoMeeting.attendanceList.exportLists')}
            </button>
          </div>
          <p role="status" className={styles.muted}>
            {fileName && t('mdoMeeting.attendanceList.exported', { fileName })}
          </p>
          {meetings.length > 0 && <AttendanceTable meetings={meetings} />}
        </>
      )}
    </section>
  );
}
