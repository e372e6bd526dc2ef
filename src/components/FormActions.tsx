import { useTranslation } from 'react-i18next';
import { buttonClass } from './button-class';
import styles from './Panel.module.css';

/** Opslaan and Annuleren at the foot of an inline form. */
export function FormActions({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.actions}>
      <button type="submit" className={buttonClass()}>
        {t('form.save')}
      </button>
      <button type="button" className={buttonClass('secondary')} onClick={onCancel}>
        {t('form.cancel')}
      </button>
    </div>
  );
}
