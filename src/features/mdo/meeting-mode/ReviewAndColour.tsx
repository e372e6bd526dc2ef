import { useTranslation } from 'react-i18next';
import type { AgendaItemChanges } from '../../../db';
import {
  REGISTER_COLOURS,
  type AgendaItem,
  type Meeting,
  type Patient,
  type RegisterColour,
} from '../../../domain';
import { AutosaveDateField } from './AutosaveDateField';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import styles from './MeetingMode.module.css';
import type { FieldSaveOutcome } from '../../../components/useAutosave';
import { RegisterOutcomeText } from './RegisterOutcomeText';
import { useColourChange } from './useColourChange';
import { useMdoWords } from './useMdoWords';

interface ReviewAndColourProps {
  item: AgendaItem;
  patient: Patient;
  meeting: Meeting;
  save: (changes: AgendaItemChanges) => Promise<FieldSaveOutcome>;
}

type ColourChoice = RegisterColour | 'unchanged';

/** The next review date, and the new register colour (which the register follows, as the hint says). */
export function ReviewAndColour({ item, patient, meeting, save }: ReviewAndColourProps) {
  const { t } = useTranslation();
  const words = useMdoWords();
  const { choose, outcome } = useColourChange(patient, meeting, save);
  const choices: Choice<ColourChoice>[] = [
    { value: 'unchanged', label: t('mdoMeeting.outcome.colourUnchanged') },
    ...REGISTER_COLOURS.map((colour) => ({
      value: colour,
      label: words.colour(colour),
      description: t(`marking.colour.meaning.${colour}`),
    })),
  ];
  return (
    <>
      <AutosaveDateField
        label={t('mdoMeeting.outcome.nextReview')}
        hint={t('mdoMeeting.outcome.dateHint')}
        value={item.nextReviewDate}
        onSave={(nextReviewDate) => save({ nextReviewDate })}
      />
      <ChoiceGroup
        legend={t('mdoMeeting.outcome.colour')}
        hint={t('mdoMeeting.outcome.colourHint')}
        choices={choices}
        value={item.newColour ?? 'unchanged'}
        onChoose={(choice) => choose(choice === 'unchanged' ? null : choice)}
      />
      <p role="status" className={outcome?.kind === 'refused' ? styles.warning : styles.hint}>
        {outcome && <RegisterOutcomeText outcome={outcome} />}
      </p>
    </>
  );
}
