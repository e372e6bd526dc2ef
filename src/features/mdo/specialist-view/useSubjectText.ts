import { useTranslation } from 'react-i18next';
import type { InvitationLine } from '../../../db';

/** What an invitation is for, in words: "het hele overleg", "agendapunt J.B." or "één agendapunt". */
export function useSubjectText(): (subject: InvitationLine['subject']) => string {
  const { t } = useTranslation();
  return (subject) => {
    if (subject.kind === 'wholeMeeting') return t('mdoSpecialist.invitation.wholeMeeting');
    return subject.label === null
      ? t('mdoSpecialist.invitation.itemUnknown')
      : t('mdoSpecialist.invitation.item', { label: subject.label });
  };
}
