import { useTranslation } from 'react-i18next';
import type { IsoDate, Meeting, MemberRole } from '../../../domain';
import { formatDate } from '../../../lib/format';
import { registerMdoMeetingsTexts } from './mdo-meetings-i18n';
import { firstTextKey } from '../../../i18n';

registerMdoMeetingsTexts();

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

function weekdayOf(date: IsoDate, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  let format = weekdayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    weekdayFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T12:00:00Z`));
}

export interface MeetingText {
  /** `woensdag 15-01-2026` */
  date: (date: IsoDate) => string;
  /** `09:30–11:00 uur` */
  time: (meeting: Pick<Meeting, 'startTime' | 'endTime'>) => string;
  role: (role: MemberRole) => string;
  /** A domain error code as a Dutch sentence: the MDO's own wording first, then the app's. */
  issue: (code: string) => string;
}

/** The wording the MDO planning pages share. */
export function useMeetingText(): MeetingText {
  const { t, i18n } = useTranslation();
  return {
    date: (date) =>
      t('mdoMeetings.when.date', {
        weekday: weekdayOf(date, i18n.language),
        date: formatDate(date, i18n.language),
      }),
    time: (meeting) => t('mdoMeetings.when.time', { start: meeting.startTime, end: meeting.endTime }),
    role: (role) => t(`mdoMeetings.roles.${role}`),
    issue: (code) => t(firstTextKey([`mdoMeetings.errors.${code}`, `errors.${code}`], 'errors.invalid')),
  };
}
