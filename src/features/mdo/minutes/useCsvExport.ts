import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { logAccess } from '../../../db';
import type { IsoDate, Meeting } from '../../../domain';
import { CSV_MIME_TYPE } from '../../../lib/csv';
import { downloadTextFile } from '../../../lib/download';
import { useMdoWords } from '../meeting-mode/useMdoWords';
import { attendanceCsv, csvFileName, meetingListsCsv, type CsvWords } from './attendance-csv';

export type CsvKind = 'presentielijst' | 'knelpunten';

/**
 * Downloads the attendance list or the knelpunten of a period as CSV and logs the export (NEN 7513, action
 * E, no patient: the files hold none). Returns the name of the last file for the page to announce.
 */
export function useCsvExport(meetings: readonly Meeting[], from: IsoDate, to: IsoDate) {
  const { t } = useTranslation();
  const db = useDatabase();
  const mdoWords = useMdoWords();
  const [fileName, setFileName] = useState<string | null>(null);
  const words: CsvWords = {
    columns: {
      date: t('mdoMeeting.attendanceList.csv.date'),
      start: t('mdoMeeting.attendanceList.csv.start'),
      end: t('mdoMeeting.attendanceList.csv.end'),
      name: t('mdoMeeting.attendanceList.csv.name'),
      role: t('mdoMeeting.attendanceList.csv.role'),
      present: t('mdoMeeting.attendanceList.csv.present'),
      kind: t('mdoMeeting.attendanceList.csv.kind'),
      text: t('mdoMeeting.attendanceList.csv.text'),
    },
    yes: t('mdoMeeting.attendanceList.csv.yes'),
    no: t('mdoMeeting.attendanceList.csv.no'),
    bottleneck: t('mdoMeeting.attendanceList.csv.bottleneck'),
    trainingNeed: t('mdoMeeting.attendanceList.csv.trainingNeed'),
    date: mdoWords.date,
    role: (role) => t(`mdoMeeting.roles.${role}`),
  };
  const exportCsv = (kind: CsvKind) => {
    const name = csvFileName(kind, from, to);
    const text =
      kind === 'presentielijst' ? attendanceCsv(meetings, words) : meetingListsCsv(meetings, words);
    downloadTextFile(name, text, CSV_MIME_TYPE);
    void logAccess(
      db,
      {
        event: kind === 'presentielijst' ? 'mdo.attendance.export' : 'mdo.lists.export',
        action: 'E',
        patientId: null,
        recordPart: kind === 'presentielijst' ? 'mdo.attendance' : 'mdo.lists',
      },
      new Date(),
    );
    setFileName(name);
  };
  return { exportCsv, fileName };
}
