import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './CarePlan.module.css';
import { registerNamensTexts } from '../../components/namens-i18n';

registerNamensTexts();

/**
 * Shows its part of the care plan editable, or read-only with the reason when the account's roles may not
 * change it (the access policy): the facts stay visible, the controls are disabled.
 */
export function EditableWhen({
  isEditable,
  isDecision = false,
  children,
}: {
  isEditable: boolean;
  /** A medical decision: the huisarts's (the note says so). */
  isDecision?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (isEditable) return children;
  return (
    <div className={styles.readOnlyPart}>
      <p className={styles.notice}>{t(isDecision ? 'namens.readOnly' : 'namens.readOnlyOther')}</p>
      <fieldset disabled className={styles.readOnly}>
        {children}
      </fieldset>
    </div>
  );
}
