import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { OfflineIndicator } from '../components/OfflineIndicator';
import { useAccess } from '../components/useAccess';
import { LockButton } from '../features/lock/LockButton';
import { QuickMarkButton } from '../features/marking/QuickMarkButton';
import { AccountMenu } from '../features/sync/AccountMenu';
import { SyncStatus } from '../features/sync/SyncStatus';
import { classNames } from '../lib/class-names';
import { useSessionStore } from '../state/session-store';
import styles from './AppShell.module.css';
import { PageErrorBoundary } from '../providers/PageErrorBoundary';
import { SignedInShell } from './SignedInShell';
import { UpdateOffer } from './UpdateOffer';
import { LostKeyNotice } from '../features/lock/LostKeyNotice';
import { isOpenToSpecialist } from '../features/mdo/specialist-view/specialist-paths';
import { LoadingStatus } from '../components/LoadingStatus';

const NAV_ITEMS = [
  { to: '/patienten', key: 'nav.patients' },
  { to: '/mdo', key: 'nav.mdo' },
  { to: '/zorgplannen', key: 'nav.carePlans' },
  { to: '/overzicht', key: 'nav.dashboard' },
  { to: '/instellingen', key: 'nav.settings' },
] as const;

/**
 * A beheerder-only account sees no patient data, so no patient pages either. (A beheerder who also works
 * with patients keeps the patient menu and finds beheer under Instellingen: one more item would wrap the
 * header on a tablet.)
 */
const BEHEER_ONLY_NAV_ITEMS = [
  { to: '/beheer', key: 'nav.beheer' },
  { to: '/instellingen', key: 'nav.settings' },
] as const;

/** An external specialist PZ works only with their invitations (their sync holds nothing else). */
const SPECIALIST_NAV_ITEMS = [
  { to: '/uitnodigingen', key: 'nav.invitations' },
  { to: '/instellingen', key: 'nav.settings' },
] as const;

function navItemsFor(isSpecialist: boolean, seesPatientData: boolean) {
  if (isSpecialist) return SPECIALIST_NAV_ITEMS;
  return seesPatientData ? NAV_ITEMS : BEHEER_ONLY_NAV_ITEMS;
}

/**
 * The frame around every signed-in page: skip link, header with navigation, connection and sync state,
 * the lock button, the account menu, and the update banner.
 */
export function AppShell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const isSpecialist = useSessionStore((state) => state.session?.user.role === 'specialist-pz');
  const { seesPatientData } = useAccess();
  const navItems = navItemsFor(isSpecialist, seesPatientData);
  return (
    <SignedInShell>
      <div className={styles.shell}>
        <a className={styles.skipLink} href="#inhoud">
          {t('nav.skipToContent')}
        </a>
        <UpdateOffer />
        <LostKeyNotice />
        <header className={styles.header}>
          <span className={styles.brand}>{t('app.name')}</span>
          <nav aria-label={t('nav.label')} className={styles.nav}>
            <ul className={styles.navList}>
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    className={({ isActive }) => classNames(styles.navLink, isActive && styles.active)}
                  >
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {!isSpecialist && seesPatientData && <QuickMarkButton />}
          <OfflineIndicator />
          <SyncStatus />
          <LockButton />
          <AccountMenu />
        </header>
        <main id="inhoud" tabIndex={-1} className={styles.main}>
          <PageErrorBoundary resetKey={pathname}>
            <Suspense fallback={<LoadingStatus />}>
              {isSpecialist && !isOpenToSpecialist(pathname) ? (
                <Navigate to="/uitnodigingen" replace />
              ) : (
                <Outlet />
              )}
            </Suspense>
          </PageErrorBoundary>
        </main>
      </div>
    </SignedInShell>
  );
}
