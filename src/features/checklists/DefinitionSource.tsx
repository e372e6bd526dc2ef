import { useTranslation } from 'react-i18next';
import type { ChecklistDefinition } from '../../domain';
import styles from './Checklists.module.css';
import { registerChecklistsTexts } from './checklists-i18n';

registerChecklistsTexts();

/**
 * Where a checklist comes from, above its questions: the published instrument it reproduces, the official
 * form whose outcome it records, or that it is the practice's own list (so nobody mistakes it for a
 * validated instrument).
 */
export function DefinitionSource({ definition }: { definition: ChecklistDefinition }) {
  const { t } = useTranslation();
  const { source } = definition;
  if (!source) return null;
  if (source.kind === 'own') {
    return <p className={styles.hint}>{t('checklists.source.own', { note: source.note })}</p>;
  }
  return (
    <>
      <p className={styles.hint}>
        {t(`checklists.source.${source.kind}`, {
          title: source.title,
          edition: source.edition,
          publishedIn: source.publishedIn,
        })}
        {source.url && source.url !== definition.officialFormUrl && (
          <>
            {' '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {t('checklists.source.link')}
            </a>
          </>
        )}
      </p>
      {source.cutOff && (
        <p className={styles.hint}>{t('checklists.source.cutOff', { cutOff: source.cutOff })}</p>
      )}
    </>
  );
}
