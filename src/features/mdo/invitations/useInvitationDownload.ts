import { useTranslation } from 'react-i18next';
import {
  ICS_MIME_TYPE,
  invitationCalendar,
  type Meeting,
  type Specialist,
  type SpecialistInvitation,
} from '../../../domain';
import { downloadTextFile } from '../../../lib/download';
import { useSessionStore } from '../../../state/session-store';

/**
 * Makes the calendar file of an invitation and hands it to the browser. Built from the meeting, the
 * practice and the specialist only (see domain/mdo/ics.ts), so it holds no patient data and needs no
 * access log entry. Returns the Dutch reason when no file could be made, else null.
 */
export function useInvitationDownload(): (
  invitation: SpecialistInvitation,
  meeting: Meeting,
  specialist: Specialist,
) => string | null {
  const { t } = useTranslation();
  const session = useSessionStore((state) => state.session);
  return (invitation, meeting, specialist) => {
    const result = invitationCalendar({
      invitation,
      meeting,
      specialist,
      // The practice organises; replies go to whoever sends the invitation.
      practice: { name: session?.practice.name ?? '', email: session?.user.email ?? '' },
      origin: window.location.origin,
      now: new Date(),
    });
    if (!result.ok) return t(`mdoMeetings.invitations.calendar.${result.code}`);
    downloadTextFile(
      result.fileName,
      result.text,
      `${ICS_MIME_TYPE};method=${meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST'}`,
    );
    return null;
  };
}
