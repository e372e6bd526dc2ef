import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { registerMdoMeetingsTexts } from './mdo-meetings-i18n';

registerMdoMeetingsTexts();

/** A meeting that does not exist (any more) on this device. */
export function MeetingNotFound() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('mdoMeetings.meeting.notFound')}</h1>
      <p>{t('mdoMeetings.meeting.notFoundBody')}</p>
      <p>
        <Link to="/mdo">{t('mdoMeetings.meeting.back')}</Link>
      </p>
    </section>
  );
}
