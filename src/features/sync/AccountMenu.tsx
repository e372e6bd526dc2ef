import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../state/session-store';
import styles from './AccountMenu.module.css';
import { lazyComponent } from '../../components/lazy-component';

// Opened by a click, never part of the first screen: loaded then (from the service worker's cache offline).
const SignOutDialog = lazyComponent(() => import('./SignOutDialog'), 'SignOutDialog');

/** Who is signed in, and the way out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSessionStore((state) => state.session);
  const [isSigningOut, setIsSigningOut] = useState(false);
  if (!session) return null;
  return (
    <div className={styles.menu}>
      <span className={styles.who}>
        {session.user.name}
        <span className={styles.role}>{t(`roles.${session.user.role}`)}</span>
      </span>
      <button
        type="button"
        className={styles.signOut}
        onClick={() => {
          setIsSigningOut(true);
        }}
      >
        {t('sync.signOut.open')}
      </button>
      {isSigningOut && (
        <Suspense fallback={null}>
          <SignOutDialog
            onClose={() => {
              setIsSigningOut(false);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
