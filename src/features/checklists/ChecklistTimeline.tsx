import { useTranslation } from 'react-i18next';
import type { DefinitionCatalog, SummarisedResult } from '../../domain';
import { formatDate } from '../../lib/format';
import styles from './Checklists.module.css';
import { useOutcomeText } from './useOutcomeText';
import { registerChecklistsTexts } from './checklists-i18n';

registerChecklistsTexts();

/** Earlier checklists, newest first: when, which card (and version), who, and the outcome in words. */
export function ChecklistTimeline({
  summarised,
  catalog,
}: {
  summarised: SummarisedResult[];
  catalog: DefinitionCatalog;
}) {
  const { t, i18n } = useTranslation();
  const outcomeText = useOutcomeText();
  const currentVersion = new Map(catalog.current().map((d) => [d.id, d.version]));
  return (
    <section aria-labelledby="checklist-timeline-title">
      <h3 id="checklist-timeline-title">{t('checklists.timeline.title')}</h3>
      {summarised.length === 0 ? (
        <p>{t('checklists.timeline.empty')}</p>
      ) : (
        <ol className={styles.timeline}>
          {summarised.map(({ result, summary }) => {
            const definition = catalog.get(result.definitionId, result.definitionVersion);
            if (!definition) return null;
            const isOld = currentVersion.get(definition.id) !== definition.version;
            return (
              <li key={result.id}>
                <strong>{formatDate(result.observedOn, i18n.language)}</strong> {definition.title}
                {isOld && ` ${t('checklists.timeline.version', { version: definition.version })}`}
                <span className={styles.outcome}>{outcomeText(summary, definition, result)}</span>
                <span className={styles.meta}>
                  {t('checklists.timeline.by', {
                    name: result.author.name,
                    role: t(`roles.${result.author.role}`),
                  })}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
