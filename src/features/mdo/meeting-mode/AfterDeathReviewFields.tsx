import { useTranslation } from 'react-i18next';
import type { AgendaItemChanges } from '../../../db';
import {
  YES_NO_UNKNOWN_ANSWERS,
  type AfterDeathReview,
  type AgendaItem,
  type Patient,
} from '../../../domain';
import { AutosaveTextArea } from './AutosaveTextArea';
import { ChoiceGroup } from './ChoiceGroup';
import { DeathFacts } from './DeathFacts';
import styles from './MeetingMode.module.css';
import type { FieldSaveOutcome } from '../../../components/useAutosave';

interface AfterDeathReviewFieldsProps {
  item: AgendaItem;
  patient: Patient | null;
  save: (changes: AgendaItemChanges) => Promise<FieldSaveOutcome>;
}

const EMPTY_REVIEW: AfterDeathReview = { wasMarkedInTime: null, diedAtPreferredPlace: null, lessons: '' };

/** The nabespreking of a patient who died: marked in time? died at the preferred place? what do we learn? */
export function AfterDeathReviewFields({ item, patient, save }: AfterDeathReviewFieldsProps) {
  const { t } = useTranslation();
  const review = item.afterDeathReview ?? EMPTY_REVIEW;
  // The review is one clinical fact (one field group): each part is saved together with the others as stored.
  const saveReview = (change: Partial<AfterDeathReview>) =>
    save({ afterDeathReview: { ...review, ...change } });
  const answers = YES_NO_UNKNOWN_ANSWERS.map((value) => ({ value, label: t(`mdoMeeting.answers.${value}`) }));
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('mdoMeeting.afterDeath.title')}</legend>
      <p className={styles.hint}>{t('mdoMeeting.afterDeath.intro')}</p>
      {patient && <DeathFacts patient={patient} />}
      <ChoiceGroup
        legend={t('mdoMeeting.afterDeath.markedInTime')}
        choices={answers}
        value={review.wasMarkedInTime}
        onChoose={(wasMarkedInTime) => saveReview({ wasMarkedInTime })}
      />
      <ChoiceGroup
        legend={t('mdoMeeting.afterDeath.preferredPlace')}
        choices={answers}
        value={review.diedAtPreferredPlace}
        onChoose={(diedAtPreferredPlace) => saveReview({ diedAtPreferredPlace })}
      />
      <AutosaveTextArea
        label={t('mdoMeeting.afterDeath.lessons')}
        value={review.lessons}
        onSave={(lessons) => saveReview({ lessons })}
      />
    </fieldset>
  );
}
