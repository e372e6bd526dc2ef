import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../components/button-class';
import { FormField } from '../../components/FormField';
import { OnBehalfField } from '../../components/OnBehalfField';
import { useAccess } from '../../components/useAccess';
import { useAuthor } from '../../components/useAuthor';
import { failureKey, issueCodeOf } from '../../components/write-errors';
import { fullName, splitDutchName, type RegisterColour } from '../../domain';
import { ColourChoice } from './ColourChoice';
import { PatientCombobox, type PatientChoice } from './PatientCombobox';
import styles from './QuickMark.module.css';
import { RadioChoice } from './RadioChoice';
import { useRememberedNamens } from './useRememberedNamens';
import { useQuickMark, type QuickMarkOutcome } from './useQuickMark';
import { firstTextKey } from '../../i18n';

const SURPRISE_ANSWERS = ['ja', 'nee', 'weet-niet'] as const;

function choiceName(choice: PatientChoice): string {
  if (choice.kind === 'existing') return fullName(choice.patient);
  const parts = splitDutchName(choice.name);
  return parts ? fullName(parts) : choice.name;
}

/**
 * Snel markeren: find or create the patient, answer the surprise question, mark. Three choices after
 * typing the name (option, answer, Markeren), all by keyboard; the result is confirmed in the dialog.
 */
export function QuickMarkDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const author = useAuthor();
  const save = useQuickMark();
  const [choice, setChoice] = useState<PatientChoice | null>(null);
  const [birthDate, setBirthDate] = useState('');
  const [surprise, setSurprise] = useState('');
  const [markedBy, setMarkedBy] = useState(author?.role === 'huisarts' ? author.name : '');
  const [colour, setColour] = useState<RegisterColour>('yellow');
  const [outcome, setOutcome] = useState<QuickMarkOutcome | null>(null);
  const isNamens = useAccess().decisionMode === 'onBehalf';
  const [onBehalfOf, setOnBehalfOf] = useRememberedNamens();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (isOpen && dialog && !dialog.open) {
      dialog.showModal();
      // Start in the search box, whatever the browser focuses in a modal by default.
      dialog.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
    }
    if (!isOpen && dialog?.open) dialog.close();
  }, [isOpen]);

  // After a choice, the next question gets the focus, so the GP never reaches for the mouse.
  useEffect(() => {
    if (!choice) return;
    const selector = choice.kind === 'new' ? 'input[inputmode="numeric"]' : 'input[name="quick-surprise"]';
    dialogRef.current?.querySelector<HTMLInputElement>(selector)?.focus();
  }, [choice]);

  const errorOf = (field: string) =>
    outcome && !outcome.ok && 'issues' in outcome ? issueCodeOf(outcome.issues, field) : undefined;
  const otherIssues =
    outcome && !outcome.ok && 'issues' in outcome
      ? outcome.issues.filter((i) => !['birthDate', 'markedBy', 'surprise', 'onBehalfOf'].includes(i.field))
      : [];

  const submit = async () => {
    if (!choice) return;
    const result = await save({ choice, birthDate, surprise, markedBy, colour, onBehalfOf });
    // The save resolves only once the marking is committed to disk. Shown at once, not in a render
    // batched with the register's live queries, which re-read at the same moment.
    flushSync(() => {
      setOutcome(result);
    });
  };

  const close = () => {
    setChoice(null);
    setSurprise('');
    setBirthDate('');
    setOutcome(null);
    onClose();
  };

  return (
    <dialog ref={dialogRef} className={styles.dialog} aria-labelledby="quick-mark-title" onClose={close}>
      <div className={styles.body}>
        <h2 id="quick-mark-title">{t('marking.quick.title')}</h2>
        {outcome?.ok ? (
          <>
            <p role="status" className={styles.done}>
              {t('marking.quick.done', {
                name: choice ? choiceName(choice) : '',
                colour: t(`marking.colour.${colour}`),
              })}{' '}
              <Link to={`/patienten/${outcome.patientId}`} onClick={close}>
                {t('marking.quick.openPatient')}
              </Link>
            </p>
            <div className={styles.footer}>
              <button type="button" className={buttonClass()} onClick={close}>
                {t('marking.quick.close')}
              </button>
            </div>
          </>
        ) : (
          <form
            className={styles.body}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            {isOpen && <PatientCombobox onChoose={setChoice} />}
            {choice && (
              <p className={styles.chosen}>
                {choiceName(choice)}
                {choice.kind === 'existing' && choice.distinction && ` · ${choice.distinction}`}
              </p>
            )}
            {choice?.kind === 'new' && (
              <FormField
                label={t('marking.quick.birthDate')}
                hint={t('form.dateHint')}
                errorCode={errorOf('birthDate')}
                isRequired
              >
                {(control) => (
                  <input
                    {...control}
                    value={birthDate}
                    inputMode="numeric"
                    onChange={(e) => {
                      setBirthDate(e.target.value);
                    }}
                  />
                )}
              </FormField>
            )}
            {choice && (
              <>
                <RadioChoice
                  name="quick-surprise"
                  legend={t('marking.quick.surprise')}
                  options={SURPRISE_ANSWERS}
                  labelPrefix="marking.quick.answer"
                  value={surprise}
                  errorCode={errorOf('surprise')}
                  onChange={setSurprise}
                />
                <FormField label={t('marking.fields.markedBy')} errorCode={errorOf('markedBy')} isRequired>
                  {(control) => (
                    <input
                      {...control}
                      value={markedBy}
                      onChange={(e) => {
                        setMarkedBy(e.target.value);
                      }}
                    />
                  )}
                </FormField>
                <ColourChoice value={colour} onChange={setColour} />
                {isNamens && (
                  <OnBehalfField
                    value={onBehalfOf}
                    onChange={setOnBehalfOf}
                    isMissing={errorOf('onBehalfOf') !== undefined}
                    hint={t('marking.namensHint')}
                  />
                )}
                {otherIssues.map((issue) => (
                  <p key={issue.field} role="alert" className={styles.hint}>
                    {t(firstTextKey([`errors.${issue.code}`], 'errors.invalid'))}
                  </p>
                ))}
                {outcome && 'failure' in outcome && <p role="alert">{t(failureKey(outcome.failure))}</p>}
              </>
            )}
            <div className={styles.footer}>
              {choice && (
                <button type="submit" className={buttonClass()}>
                  {t('marking.quick.mark')}
                </button>
              )}
              <button type="button" className={buttonClass('secondary')} onClick={close}>
                {t('marking.quick.close')}
              </button>
            </div>
          </form>
        )}
      </div>
    </dialog>
  );
}
