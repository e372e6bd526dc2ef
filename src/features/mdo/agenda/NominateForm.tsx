import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { buttonClass } from '../../../components/button-class';
import { FormField } from '../../../components/FormField';
import { addAgendaItems, type NominationOption } from '../../../db';
import type { Author, Meeting, Patient } from '../../../domain';
import { formatDate } from '../../../lib/format';
import styles from './AgendaBuilder.module.css';
import { refusalKey } from './refusal-key';
import type { TextKey } from '../../../i18n';

interface NominateFormProps {
  patient: Patient;
  options: NominationOption[];
  author: Author | null;
  onDone: (meeting: Meeting) => void;
  onCancel: () => void;
}

/** Chooses the meeting (the next one the patient is not on yet, by default) and the optional question. */
export function NominateForm({ patient, options, author, onDone, onCancel }: NominateFormProps) {
  const { t, i18n } = useTranslation();
  const db = useDatabase();
  const [meetingId, setMeetingId] = useState(
    () => (options.find((option) => !option.isOnAgenda) ?? options[0])?.meeting.id ?? '',
  );
  const [question, setQuestion] = useState('');
  const [errors, setErrors] = useState<{ meeting?: TextKey; question?: TextKey }>({});
  const label = ({ meeting, isOnAgenda }: NominationOption) =>
    t(isOnAgenda ? 'mdoAgenda.nominate.meetingOptionOnAgenda' : 'mdoAgenda.nominate.meetingOption', {
      date: formatDate(meeting.date, i18n.language),
      start: meeting.startTime,
      end: meeting.endTime,
    });

  const submit = async () => {
    const entry = { patientId: patient.id, reasons: ['nominated' as const], nominatedBy: author, question };
    const result = await addAgendaItems(db, meetingId, [entry], new Date());
    if (result.ok) {
      const meeting = options.find((option) => option.meeting.id === meetingId)?.meeting;
      if (meeting) onDone(meeting);
      return;
    }
    const field = result.error.kind === 'invalid' ? (result.error.issues[0]?.field ?? '') : '';
    const key = refusalKey(result) ?? 'mdoAgenda.errors.invalid';
    setErrors(field.endsWith('.question') ? { question: key } : { meeting: key });
  };

  return (
    <form
      className={styles.inlineForm}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <FormField
        label={t('mdoAgenda.nominate.meeting')}
        errorCode={errors.meeting}
        errorMessage={errors.meeting && t(errors.meeting)}
      >
        {(control) => (
          <select
            {...control}
            value={meetingId}
            onChange={(event) => {
              setMeetingId(event.target.value);
              setErrors({});
            }}
          >
            {options.map((option) => (
              <option key={option.meeting.id} value={option.meeting.id}>
                {label(option)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t('mdoAgenda.nominate.question')}
        errorCode={errors.question}
        errorMessage={errors.question && t(errors.question)}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={1000}
            value={question}
            onChange={(event) => {
              setQuestion(event.target.value);
            }}
          />
        )}
      </FormField>
      <div className={styles.itemButtons}>
        <button type="submit" className={buttonClass()}>
          {t('mdoAgenda.nominate.submit')}
        </button>
        <button type="button" className={buttonClass('secondary')} onClick={onCancel}>
          {t('mdoAgenda.nominate.cancel')}
        </button>
      </div>
    </form>
  );
}
