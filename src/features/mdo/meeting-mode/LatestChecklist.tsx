import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useChecklistData } from '../../checklists/useChecklistData';
import { useOutcomeText } from '../../checklists/useOutcomeText';

/** The latest recorded checklist of a patient with its outcome in words, read through its own version. */
export function LatestChecklist({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const { catalog, summarised } = useChecklistData(patientId);
  const outcomeText = useOutcomeText();
  if (summarised === undefined) return null;
  const latest = summarised[0];
  const definition = latest && catalog.get(latest.result.definitionId, latest.result.definitionVersion);
  if (!latest || !definition) return <p>{t('mdoMeeting.patient.noChecklist')}</p>;
  return (
    <p>
      {t('mdoMeeting.patient.latestChecklist', {
        title: definition.title,
        date: formatDate(latest.result.observedOn, i18n.language),
        outcome: outcomeText(latest.summary, definition, latest.result),
      })}
    </p>
  );
}
