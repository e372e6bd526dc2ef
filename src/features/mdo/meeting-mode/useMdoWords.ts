import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingMember, RegisterColour } from '../../../domain';
import { formatDate } from '../../../lib/format';
import { registerMdoMeetingTexts } from './mdoMeeting-i18n';

registerMdoMeetingTexts();

/** The words the MDO pages share: a member with role, a colour, when a meeting is. */
export function useMdoWords() {
  const { t, i18n } = useTranslation();
  return {
    date: (date: Meeting['date']) => formatDate(date, i18n.language),
    member: (member: Pick<MeetingMember, 'name' | 'role'>) =>
      t('mdoMeeting.member', { name: member.name, role: t(`mdoMeeting.roles.${member.role}`) }),
    colour: (colour: RegisterColour) => t(`marking.colour.${colour}`),
    when: (meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime'>) =>
      t('mdoMeeting.when', {
        date: formatDate(meeting.date, i18n.language),
        start: meeting.startTime,
        end: meeting.endTime,
      }),
  };
}
