import { useTranslation } from 'react-i18next';
import type { OnBehalfOf } from '../../domain';
import styles from './CarePlan.module.css';
import { registerNamensTexts } from '../../components/namens-i18n';

registerNamensTexts();

/** "Vastgelegd door <POH> namens <huisarts>" under a medical decision a POH recorded. */
export function OnBehalfLine({ onBehalfOf }: { onBehalfOf: OnBehalfOf }) {
  const { t } = useTranslation();
  return (
    <span className={styles.onBehalf}>
      {onBehalfOf.recordedBy
        ? t('namens.recordedBy', { recordedBy: onBehalfOf.recordedBy, name: onBehalfOf.name })
        : t('namens.onBehalfOnly', { name: onBehalfOf.name })}
    </span>
  );
}
