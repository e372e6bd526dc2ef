import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionStore } from '../../state/session-store';
import { hasBeheerderRole } from '../../components/useAccess';
import styles from './SettingsPage.module.css';
import { registerAccountTexts } from '../account/account-i18n';

registerAccountTexts();

/** Beheer: the way to the team, the specialist directory and the audit log, shown to beheerders only. */
export function AdminLinks() {
  const { t } = useTranslation();
  const session = useSessionStore((state) => state.session);
  if (!session || !hasBeheerderRole(session)) return null;
  return (
    <section aria-labelledby="admin-title" className={styles.card}>
      <h2 id="admin-title">{t('account.admin.title')}</h2>
      <ul className={styles.links}>
        <li>
          <Link to="/instellingen/team" className={styles.link}>
            {t('account.admin.team')}
          </Link>
        </li>
        <li>
          <Link to="/specialisten" className={styles.link}>
            {t('account.admin.specialists')}
          </Link>
        </li>
        <li>
          <Link to="/instellingen/auditlog" className={styles.link}>
            {t('account.admin.audit')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
