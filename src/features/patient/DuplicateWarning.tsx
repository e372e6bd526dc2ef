import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../components/button-class';
import type { PossibleDuplicate } from '../../db';
import { fullName } from '../../domain';
import { formatDate } from '../../lib/format';
import styles from './PatientForm.module.css';
import { registerDuplicateWarningTexts } from './duplicate-warning-i18n';

registerDuplicateWarningTexts();

/**
 * A patient who may already be in the register, named, with the way to open them. The same BSN is
 * refused; the same name and birth date may be another person, so saving anyway stays possible.
 */
export function DuplicateWarning({
  duplicate,
  onSaveAnyway,
}: {
  duplicate: PossibleDuplicate;
  onSaveAnyway: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { patient, reason } = duplicate;
  const name = fullName(patient);
  const values = { name, date: formatDate(patient.birthDate, i18n.language) };
  return (
    <div role="alert" className={styles.duplicate}>
      <p>{t(`duplicateWarning.${reason}`, values)}</p>
      <div className={styles.duplicateActions}>
        <Link to={`/patienten/${patient.id}`} className={buttonClass('secondary')}>
          {t('duplicateWarning.open', { name })}
        </Link>
        {reason === 'nameAndBirth' && (
          <button type="button" className={buttonClass('secondary')} onClick={onSaveAnyway}>
            {t('duplicateWarning.saveAnyway')}
          </button>
        )}
      </div>
    </div>
  );
}
