import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/button-class';
import { FormField } from '../../../components/FormField';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import type { WriteResult } from '../../../db';
import type { Meeting } from '../../../domain';
import styles from './MeetingMode.module.css';
import { firstTextKey, type TextKey } from '../../../i18n';

interface TextListEditorProps {
  title: string;
  intro: string;
  newLabel: string;
  entries: readonly string[];
  /** Saves the list worked out from the stored one. */
  onChange: (next: (stored: readonly string[]) => string[]) => Promise<WriteResult<Meeting>>;
}

/** The stored list without the entry the person saw at `index` (found by its text if the list moved on). */
function withoutEntry(stored: readonly string[], index: number, entry: string): string[] {
  const at = stored[index] === entry ? index : stored.indexOf(entry);
  return stored.filter((_text, position) => position !== at);
}

/** A list of short texts (knelpunten, onderwijsbehoeften): add with Enter or the button, remove per entry. */
export function TextListEditor({ title, intro, newLabel, entries, onChange }: TextListEditorProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [draft, setDraft] = useState('');
  const [issueKey, setIssueKey] = useState<TextKey | undefined>(undefined);
  useUnsavedChanges(draft.trim() !== '');

  const onSubmit = async () => {
    const text = draft.trim();
    if (text === '') {
      setIssueKey('mdoMeeting.errors.textRequired');
      return;
    }
    const result = await onChange((stored) => [...stored, text]);
    if (result.ok) {
      setDraft('');
      setIssueKey(undefined);
    } else if (result.error.kind === 'invalid') {
      setIssueKey(firstTextKey([`errors.${result.error.issues[0]?.code ?? 'invalid'}`], 'errors.invalid'));
    }
  };

  return (
    <section aria-labelledby={titleId} className={styles.listEditor}>
      <h3 id={titleId}>{title}</h3>
      <p className={styles.hint}>{intro}</p>
      {entries.length === 0 ? (
        <p className={styles.hint}>{t('mdoMeeting.lists.empty')}</p>
      ) : (
        <ul className={styles.textList}>
          {entries.map((entry, index) => (
            <li key={`${String(index)}-${entry}`}>
              <span>{entry}</span>
              <button
                type="button"
                className={buttonClass('secondary')}
                aria-label={t('mdoMeeting.lists.removeLabel', { text: entry })}
                onClick={() => void onChange((stored) => withoutEntry(stored, index, entry))}
              >
                {t('mdoMeeting.lists.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className={styles.inlineFields}
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
        noValidate
      >
        <FormField label={newLabel} errorCode={issueKey} errorMessage={issueKey && t(issueKey)}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={draft}
              onChange={(event) => {
                setDraft(event.target.value);
              }}
            />
          )}
        </FormField>
        <button type="submit" className={buttonClass('secondary')}>
          {t('mdoMeeting.lists.add')}
        </button>
      </form>
    </section>
  );
}
