import { useTranslation } from 'react-i18next';
import { CONCLUSION_FIELDS, type AgendaItem } from '../../../domain';
import type { AgendaItemChanges } from '../../../db';
import { AutosaveTextArea } from './AutosaveTextArea';
import styles from './MeetingMode.module.css';
import type { FieldSaveOutcome } from '../../../components/useAutosave';

const DIMENSIONS = Object.keys(CONCLUSION_FIELDS) as (keyof typeof CONCLUSION_FIELDS)[];

interface ConclusionFieldsProps {
  item: AgendaItem;
  save: (changes: AgendaItemChanges) => Promise<FieldSaveOutcome>;
}

/** The conclusion per dimension (lichamelijk, psychisch, sociaal, spiritueel), each its own field and save. */
export function ConclusionFields({ item, save }: ConclusionFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('mdoMeeting.outcome.conclusions')}</legend>
      <div className={styles.dimensions}>
        {DIMENSIONS.map((dimension) => {
          const field = CONCLUSION_FIELDS[dimension];
          return (
            <AutosaveTextArea
              key={dimension}
              label={t(`mdoMeeting.dimensions.${dimension}`)}
              value={item[field]}
              onSave={(text) => save({ [field]: text })}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
