import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import type { CarePlanStatus } from '../../domain';
import styles from './CarePlan.module.css';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

export interface SaveOutcome {
  kind: 'saved' | 'failed';
  message: string;
}

interface SaveBarProps {
  outcome: SaveOutcome | null;
  isSaving: boolean;
  onSave: (status: CarePlanStatus) => void;
}

/** Always in reach at the foot of the screen: save as a draft, or establish; and what came of it. */
export function SaveBar({ outcome, isSaving, onSave }: SaveBarProps) {
  const { t } = useTranslation();
  return (
    <div className={styles.saveBar}>
      {outcome?.kind === 'failed' ? (
        <p role="alert" className={styles.failed}>
          {outcome.message}
        </p>
      ) : (
        <p role="status" className={styles.saved}>
          {outcome?.message ?? ''}
        </p>
      )}
      <button
        type="button"
        className={buttonClass('secondary')}
        disabled={isSaving}
        onClick={() => {
          onSave('concept');
        }}
      >
        {t('carePlan.actions.saveConcept')}
      </button>
      <button
        type="button"
        className={buttonClass()}
        disabled={isSaving}
        onClick={() => {
          onSave('vastgesteld');
        }}
      >
        {t('carePlan.actions.establish')}
      </button>
    </div>
  );
}
