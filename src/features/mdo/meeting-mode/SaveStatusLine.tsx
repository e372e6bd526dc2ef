import { useTranslation } from 'react-i18next';
import styles from './MeetingMode.module.css';
import type { SaveStatus } from './useSaveStatus';

const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** One always-visible line: is everything typed stored on this device? */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const text =
    status.kind === 'idle'
      ? t('mdoMeeting.save.idle')
      : status.kind === 'saving'
        ? t('mdoMeeting.save.saving')
        : status.kind === 'saved'
          ? t('mdoMeeting.save.saved', { time: timeFormat.format(status.at) })
          : t(`mdoMeeting.save.${status.reason}`);
  return (
    <p role="status" className={status.kind === 'failed' ? styles.saveFailed : styles.saveStatus}>
      {text}
    </p>
  );
}
