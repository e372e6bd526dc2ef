import { useTranslation } from 'react-i18next';
import type { TextKey } from '../i18n';

/** An honest placeholder for a section that a later release brings. */
export function NotAvailablePage({ titleKey }: { titleKey: TextKey }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t(titleKey)}</h1>
      <p>{t('notAvailable.body')}</p>
    </section>
  );
}
