import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../providers/DatabaseProvider';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { useAuthor } from '../../components/useAuthor';
import { useToday } from '../../components/useToday';
import { failureKey, issueCodeOf } from '../../components/write-errors';
import { recordChecklistResult, type FieldIssue } from '../../db';
import {
  isItemShown,
  parseDutchDate,
  toDutchDate,
  type Answer,
  type ChecklistDefinition,
  type IsoDate,
  type PatientId,
} from '../../domain';
import { ChecklistItemField } from './ChecklistItemField';
import { DefinitionSource } from './DefinitionSource';
import styles from './Checklists.module.css';
import { groupItems } from './group-items';
import { textOr } from '../../i18n';
import { registerChecklistsTexts } from './checklists-i18n';

registerChecklistsTexts();

interface ChecklistFormProps {
  patientId: PatientId;
  definition: ChecklistDefinition;
  onDone: (isSaved: boolean) => void;
}

/** Fills in any checklist from its definition; invalid answers get a message and nothing is saved. */
export function ChecklistForm({ patientId, definition, onDone }: ChecklistFormProps) {
  const { t } = useTranslation();
  // Groups come with the (imported) definition; one the app has no words for keeps its own name.
  const groupName = (group: string) => textOr(t, `checklists.groups.${group}`, group);
  const db = useDatabase();
  const today = useToday();
  const author = useAuthor();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [observedOn, setObservedOn] = useState(toDutchDate(today));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const errorOf = (field: string) => issueCodeOf(issues, field);

  const answer = (itemId: string, value: Answer | undefined) => {
    setAnswers((current) => {
      const next = Object.entries(current).filter(([id]) => id !== itemId);
      return Object.fromEntries(value === undefined ? next : [...next, [itemId, value]]);
    });
  };

  const submit = async () => {
    if (!author) {
      setFailure(t('errors.authorMissing'));
      return;
    }
    // Answers to questions that are hidden again (e.g. after changing "nee" back) are not part of the result.
    const shown = Object.fromEntries(
      Object.entries(answers).filter(([id]) =>
        definition.items.some((item) => item.id === id && isItemShown(item, answers)),
      ),
    );
    const date = (parseDutchDate(observedOn) ?? observedOn.trim()) as IsoDate;
    const result = await recordChecklistResult(
      db,
      { patientId, definition, answers: shown, observedOn: date, author },
      new Date(),
    );
    if (result.ok) onDone(true);
    else if (result.error.kind === 'invalid') setIssues(result.error.issues);
    else setFailure(t(failureKey(result.error.kind)));
  };

  return (
    <form
      className={styles.form}
      noValidate
      aria-label={definition.title}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>{definition.title}</h3>
      {definition.description && <p className={styles.hint}>{definition.description}</p>}
      <DefinitionSource definition={definition} />
      {definition.officialFormUrl && (
        <p>
          <a href={definition.officialFormUrl} target="_blank" rel="noopener noreferrer">
            {t('checklists.officialForm', { title: definition.title })}
          </a>
        </p>
      )}
      {failure && (
        <p role="alert" className={styles.error}>
          {failure}
        </p>
      )}
      <FormField
        label={t('checklists.observedOn')}
        hint={t('form.dateHint')}
        errorCode={errorOf('observedOn')}
        isRequired
      >
        {(control) => (
          <input
            {...control}
            value={observedOn}
            inputMode="numeric"
            onChange={(e) => {
              setObservedOn(e.target.value);
            }}
          />
        )}
      </FormField>
      {groupItems(definition.items).map(({ group, items }) => (
        <section
          key={group ?? 'all'}
          className={styles.group}
          aria-label={group ? groupName(group) : definition.title}
        >
          {group && <h4>{groupName(group)}</h4>}
          {items
            .filter((item) => isItemShown(item, answers))
            .map((item) => (
              <ChecklistItemField
                key={item.id}
                item={item}
                labelLanguage={definition.itemLanguage}
                value={answers[item.id]}
                errorCode={errorOf(item.id)}
                onChange={(value) => {
                  answer(item.id, value);
                }}
              />
            ))}
        </section>
      ))}
      <FormActions
        onCancel={() => {
          onDone(false);
        }}
      />
    </form>
  );
}
