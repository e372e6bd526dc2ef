import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '../../domain';
import styles from './Handover.module.css';
import { reasonText, recognisedFacts } from './import-words';
import { registerHandoverTexts } from './handover-i18n';

registerHandoverTexts();

/** The facts that are no longer current, each in words, never offered for accepting. */
export function FhirImportHistory({ history }: { history: readonly HistoryItem[] }) {
  const { t, i18n } = useTranslation();
  if (history.length === 0) return null;
  return (
    <>
      <h4>{t('handover.fhir.import.historyTitle', { count: history.length })}</h4>
      <p>{t('handover.fhir.import.historyIntro')}</p>
      <ul className={styles.recognised}>
        {history.map((item) => (
          <li key={item.path}>
            {recognisedFacts(t, item.plan, i18n.language)
              .map((fact) => `${fact.label}: ${fact.values.join('; ')}`)
              .join(' · ') || item.resourceType}{' '}
            ({reasonText(t, item.reason)}, <code>{item.path}</code>)
          </li>
        ))}
      </ul>
    </>
  );
}
