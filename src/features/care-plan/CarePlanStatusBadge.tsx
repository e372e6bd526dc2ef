import { useTranslation } from 'react-i18next';
import type { CarePlanStatus } from '../../domain';
import styles from './CarePlan.module.css';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** Concept or Vastgesteld in words (a concept also by a dashed border), or "Nog geen zorgplan". */
export function CarePlanStatusBadge({ status }: { status: CarePlanStatus | null }) {
  const { t } = useTranslation();
  const key = status ?? 'none';
  return <span className={styles[key]}>{t(`carePlan.status.${key}`)}</span>;
}
