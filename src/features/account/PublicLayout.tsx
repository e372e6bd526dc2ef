import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { PageErrorBoundary } from '../../providers/PageErrorBoundary';
import styles from './PublicLayout.module.css';
import { LoadingStatus } from '../../components/LoadingStatus';

/** The frame of the pages before signing in (instellen, inloggen, uitnodiging): the app's name, no menu. */
export function PublicLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className={styles.layout}>
      <header className={styles.header}>
        <p className={styles.brand}>{t('app.name')}</p>
        <p className={styles.tagline}>{t('app.tagline')}</p>
      </header>
      <main id="inhoud" tabIndex={-1} className={styles.main}>
        <PageErrorBoundary resetKey={pathname}>
          <Suspense fallback={<LoadingStatus />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
    </div>
  );
}
