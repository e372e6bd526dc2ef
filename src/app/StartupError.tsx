import { useTranslation } from 'react-i18next';

/** Shown when the device database cannot be opened (private mode, blocked storage, disk full). */
export function StartupError({ reason }: { reason: 'quota' | 'storage' }) {
  const { t } = useTranslation();
  return (
    <main id="inhoud" role="alert" style={{ padding: '1rem', maxWidth: '40rem' }}>
      <h1>{t('startup.title')}</h1>
      <p>{t(`startup.${reason}`)}</p>
      <p>{t('startup.help')}</p>
    </main>
  );
}
