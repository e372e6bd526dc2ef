import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/button-class';
import { FormField } from '../../../components/FormField';
import styles from './AgendaBuilder.module.css';
import { refusalKey } from './refusal-key';
import type { AgendaWrites } from './useAgendaWrites';
import type { TextKey } from '../../../i18n';

/** Algemeen onderwerp: a topic without a patient (training, cooperation, a knelpunt). */
export function AddTopicForm({
  add,
  announce,
}: {
  add: AgendaWrites['add'];
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [topic, setTopic] = useState('');
  const [errorKey, setErrorKey] = useState<TextKey | null>(null);
  return (
    <form
      className={styles.inlineForm}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const title = topic.trim();
        void add([{ patientId: null, topic: title }]).then((result) => {
          const key = refusalKey(result);
          setErrorKey(key);
          if (key !== null) return;
          setTopic('');
          announce(t('mdoAgenda.add.topicAdded', { topic: title }));
        });
      }}
    >
      <FormField
        label={t('mdoAgenda.add.topic')}
        hint={t('mdoAgenda.add.topicHint')}
        errorCode={errorKey ?? undefined}
        errorMessage={errorKey ? t(errorKey) : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={200}
            value={topic}
            onChange={(event) => {
              setTopic(event.target.value);
              setErrorKey(null);
            }}
          />
        )}
      </FormField>
      <button type="submit" className={buttonClass('secondary')}>
        {t('mdoAgenda.add.addTopic')}
      </button>
    </form>
  );
}
