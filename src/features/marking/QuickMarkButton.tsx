import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './QuickMarkButton.module.css';
import { lazyComponent } from '../../components/lazy-component';

// The dialog (and the schema library it saves through) loads on first use, not with the register.
const QuickMarkDialog = lazyComponent(() => import('./QuickMarkDialog'), 'QuickMarkDialog');

/** "Snel markeren" in the header, also on Alt+M from anywhere in the app. */
export function QuickMarkButton() {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);

  useEffect(() => {
    const openOnShortcut = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyM') {
        event.preventDefault();
        setIsOpen(true);
      }
    };
    window.addEventListener('keydown', openOnShortcut);
    return () => {
      window.removeEventListener('keydown', openOnShortcut);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        className={styles.button}
        aria-keyshortcuts="Alt+M"
        title={t('marking.quick.shortcut')}
        onClick={() => {
          setIsOpen(true);
        }}
      >
        {t('marking.quick.open')}
      </button>
      {isOpen && (
        <Suspense fallback={null}>
          <QuickMarkDialog
            isOpen
            onClose={() => {
              setIsOpen(false);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
