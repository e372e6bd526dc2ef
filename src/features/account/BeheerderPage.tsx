import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccess } from '../../components/useAccess';
import styles from './Account.module.css';
import type { TextKey } from '../../i18n';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/**
 * A page for beheerders: its title, then `children` for a beheerder and a short explanation for anyone
 * else. The server refuses others as well; this only spares them a page of refusals.
 */
export function BeheerderPage({ titleKey, children }: { titleKey: TextKey; children: ReactNode }) {
  const { t } = useTranslation();
  const { isBeheerder } = useAccess();
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t(titleKey)}</h1>
      {isBeheerder ? children : <p className={styles.notice}>{t('account.beheerderOnly')}</p>}
    </section>
  );
}
