import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { registerMdoMeetingTexts } from './mdoMeeting-i18n';

registerMdoMeetingTexts();

/** A meeting that does not exist (any more) on this device. */
export function MeetingNotFound() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('mdoMeeting.notFound.title')}</h1>
      <p>{t('mdoMeeting.notFound.body')}</p>
      <p>
        <Link to="/mdo">{t('nav.mdo')}</Link>
      </p>
    </section>
  );
}
