import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../providers/DatabaseProvider';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { NAMENS_MISSING, OnBehalfField } from '../../components/OnBehalfField';
import { useAccess } from '../../components/useAccess';
import { useAuthor } from '../../components/useAuthor';
import { useToday } from '../../components/useToday';
import { failureKey, issueCodeOf } from '../../components/write-errors';
import { recordMarking, type FieldIssue } from '../../db';
import { MARKING_BASES, type MarkingKind, type OnBehalfOf, type Patient } from '../../domain';
import { ColourChoice } from './ColourChoice';
import { DeathFields } from './DeathFields';
import styles from './Marking.module.css';
import { changeFromForm, initialFormState, typedDate, type MarkingFormState } from './marking-form-state';
import { RadioChoice } from './RadioChoice';
import { firstTextKey } from '../../i18n';

const COLOUR_ERROR_ID = 'marking-colour-error';

interface MarkingFormProps {
  patient: Patient;
  kind: MarkingKind;
  onDone: (isSaved: boolean) => void;
}

/** One marking change (mark, colour, dying phase, unmark, death) with Dutch messages next to each field. */
export function MarkingForm({ patient, kind, onDone }: MarkingFormProps) {
  const { t } = useTranslation();
  const db = useDatabase();
  const today = useToday();
  const author = useAuthor();
  const [state, setState] = useState<MarkingFormState>(() =>
    initialFormState(today, author?.role === 'huisarts' ? author.name : '', patient.registerColour),
  );
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  // A POH records a marking only namens a huisarts of the practice.
  const isNamens = useAccess().decisionMode === 'onBehalf';
  const [onBehalfOf, setOnBehalfOf] = useState<OnBehalfOf | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const set = (change: Partial<MarkingFormState>) => {
    setState((current) => ({ ...current, ...change }));
  };
  const errorOf = (field: string) => issueCodeOf(issues, field);

  const submit = async (event: { preventDefault: () => void }) => {
    event.preventDefault();
    if (!author) {
      setIssues([{ field: 'author', code: 'authorMissing' }]);
      return;
    }
    if (isNamens && onBehalfOf === null) {
      setIssues([{ field: 'onBehalfOf', code: NAMENS_MISSING }]);
      return;
    }
    const result = await recordMarking(
      db,
      {
        patientId: patient.id,
        date: typedDate(state.date),
        change: changeFromForm(kind, state),
        author,
        onBehalfOf: isNamens && onBehalfOf ? { ...onBehalfOf, recordedBy: author.name } : null,
      },
      new Date(),
    );
    if (result.ok) onDone(true);
    else if (result.error.kind === 'invalid') setIssues(result.error.issues);
    else setFailure(t(failureKey(result.error.kind)));
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t(`marking.actions.${kind}`)}
    >
      {failure && (
        <p role="alert" className={styles.error}>
          {failure}
        </p>
      )}
      {errorOf('kind') && (
        <p role="alert" className={styles.error}>
          {t(firstTextKey([`errors.${errorOf('kind') ?? ''}`], 'errors.invalid'))}
        </p>
      )}
      {errorOf('author') && (
        <p role="alert" className={styles.error}>
          {t('errors.authorMissing')}
        </p>
      )}
      {isNamens && (
        <OnBehalfField
          value={onBehalfOf}
          onChange={setOnBehalfOf}
          isMissing={errorOf('onBehalfOf') !== undefined}
          hint={t('marking.namensHint')}
        />
      )}
      <FormField
        label={t('marking.fields.date')}
        hint={t('form.dateHint')}
        errorCode={errorOf('date')}
        isRequired
      >
        {(control) => (
          <input
            {...control}
            value={state.date}
            inputMode="numeric"
            onChange={(e) => {
              set({ date: e.target.value });
            }}
          />
        )}
      </FormField>
      {kind === 'palliative' && (
        <>
          <FormField label={t('marking.fields.markedBy')} errorCode={errorOf('markedBy')} isRequired>
            {(control) => (
              <input
                {...control}
                value={state.markedBy}
                onChange={(e) => {
                  set({ markedBy: e.target.value });
                }}
              />
            )}
          </FormField>
          <RadioChoice
            name="basis"
            legend={t('marking.fields.basis')}
            options={MARKING_BASES}
            labelPrefix="marking.basis"
            value={state.basis}
            errorCode={errorOf('basis')}
            onChange={(basis) => {
              set({ basis });
            }}
          />
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={state.isConversationHeld}
              onChange={(e) => {
                set({ isConversationHeld: e.target.checked });
              }}
            />
            {t('marking.fields.isConversationHeld')}
          </label>
          {state.isConversationHeld && (
            <FormField
              label={t('marking.fields.conversationDate')}
              hint={t('form.dateHint')}
              errorCode={errorOf('conversationDate')}
              isRequired
            >
              {(control) => (
                <input
                  {...control}
                  value={state.conversationDate}
                  inputMode="numeric"
                  onChange={(e) => {
                    set({ conversationDate: e.target.value });
                  }}
                />
              )}
            </FormField>
          )}
        </>
      )}
      {(kind === 'palliative' || kind === 'colour') && (
        <ColourChoice
          value={state.colour}
          onChange={(colour) => {
            set({ colour });
          }}
          errorId={errorOf('colour') && COLOUR_ERROR_ID}
        />
      )}
      {errorOf('colour') && (
        <p id={COLOUR_ERROR_ID} className={styles.error}>
          {t('errors.required')}
        </p>
      )}
      {kind === 'unmark' && (
        <FormField label={t('marking.fields.reason')} errorCode={errorOf('reason')} isRequired>
          {(control) => (
            <textarea
              {...control}
              value={state.reason}
              onChange={(e) => {
                set({ reason: e.target.value });
              }}
            />
          )}
        </FormField>
      )}
      {kind === 'death' && <DeathFields state={state} set={set} errorOf={errorOf} />}
      <FormActions
        onCancel={() => {
          onDone(false);
        }}
      />
    </form>
  );
}
