import { useTranslation } from 'react-i18next';
import type { AgendaEntry } from '../../../db';
import { useAccessLog } from '../../../components/useAccessLog';
import { agendaItemTitle } from './agenda-item-label';

/**
 * The patient's name or the topic of an agenda item. Showing a patient's name is a read of patient data,
 * logged per NEN 7513 (once per patient and meeting while the page is open).
 */
export function AgendaItemTitle({ meetingId, entry }: { meetingId: string; entry: AgendaEntry }) {
  const { t } = useTranslation();
  const { patient } = entry;
  useAccessLog(
    patient
      ? { event: 'mdo.agenda.view', action: 'R', patientId: patient.id, recordPart: 'mdo.agenda' }
      : null,
    patient ? `mdo:${meetingId}:${patient.id}` : '',
  );
  return <>{agendaItemTitle(t, entry)}</>;
}
