import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../providers/DatabaseProvider';
import { importChecklistDefinition, listImportedDefinitions, type DefinitionImportResult } from '../../db';
import { BUILTIN_DEFINITIONS } from '../../domain';
import { readFileText } from '../../lib/read-file';
import styles from './SettingsPage.module.css';
import { firstTextKey } from '../../i18n';
import { registerChecklistsTexts } from '../checklists/checklists-i18n';

registerChecklistsTexts();

const MAX_ISSUES_SHOWN = 5;

/** Imports a region's own signalling card (JSON); a malformed file is refused with the reason. */
export function DefinitionImport() {
  const { t } = useTranslation();
  const db = useDatabase();
  const id = useId();
  const imported = useLiveQuery(() => listImportedDefinitions(db), [db]);
  const [outcome, setOutcome] = useState<DefinitionImportResult | null>(null);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setOutcome(
      await importChecklistDefinition(db, await readFileText(file), BUILTIN_DEFINITIONS, new Date()),
    );
  };

  const error = outcome && !outcome.ok ? outcome.error : null;
  return (
    <section aria-labelledby={`${id}-title`} className={styles.card}>
      <h2 id={`${id}-title`}>{t('checklists.import.title')}</h2>
      <div className={styles.form}>
        <label htmlFor={`${id}-file`}>{t('checklists.import.label')}</label>
        <span id={`${id}-hint`}>{t('checklists.import.hint')}</span>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          aria-invalid={error !== null}
          onChange={(event) => void importFile(event)}
        />
        {outcome?.ok && (
          <p role="status">
            {t('checklists.import.done', { title: outcome.value.title, version: outcome.value.version })}
          </p>
        )}
        {error && (
          <div id={`${id}-error`} role="alert" className={styles.error}>
            {error.kind === 'invalid' ? (
              <>
                <p>{t('checklists.import.invalid')}</p>
                <ul>
                  {error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => (
                    <li key={`${issue.path}-${issue.code}`}>
                      {t('checklists.import.issue', {
                        path: issue.path || '–',
                        message: t(
                          firstTextKey(
                            [`checklists.import.codes.${issue.code}`, `errors.${issue.code}`],
                            'errors.invalid',
                          ),
                        ),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>
                {t(
                  error.kind === 'quota' || error.kind === 'storage'
                    ? `storage.${error.kind}`
                    : `checklists.import.${error.kind}`,
                )}
              </p>
            )}
          </div>
        )}
      </div>
      <h3>{t('checklists.import.list')}</h3>
      {imported && imported.length > 0 ? (
        <ul>
          {imported.map((definition) => (
            <li key={`${definition.id}@${String(definition.version)}`}>
              {t('checklists.import.entry', { title: definition.title, version: definition.version })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('checklists.import.none')}</p>
      )}
    </section>
  );
}
