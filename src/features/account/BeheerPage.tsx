import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './Account.module.css';
import { BeheerderPage } from './BeheerderPage';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/** Where each part of beheer lives, with what it is for. */
const SECTIONS = [
  { to: '/instellingen/team', key: 'team' },
  { to: '/specialisten', key: 'specialists' },
  { to: '/instellingen', key: 'settings' },
  { to: '/instellingen/auditlog', key: 'audit' },
] as const;

/**
 * Beheer: the beheerder's start page. Accounts and invitations, the specialist directory, the practice
 * settings (the regional signalling cards) and the audit log; no patient data.
 */
export function BeheerPage() {
  const { t } = useTranslation();
  return (
    <BeheerderPage titleKey="account.beheer.title">
      <p>{t('account.beheer.intro')}</p>
      <ul className={styles.sections}>
        {SECTIONS.map((section) => (
          <li key={section.key} className={styles.card}>
            <h2>
              <Link to={section.to}>{t(`account.beheer.${section.key}.title`)}</Link>
            </h2>
            <p>{t(`account.beheer.${section.key}.body`)}</p>
          </li>
        ))}
      </ul>
    </BeheerderPage>
  );
}
