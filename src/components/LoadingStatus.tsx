import { useTranslation } from 'react-i18next';

/** "Bezig met laden…" as a status message, while a screen or its code is on its way. */
export function LoadingStatus() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}
