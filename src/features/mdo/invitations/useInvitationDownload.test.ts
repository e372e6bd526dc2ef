import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime, Meeting, Specialist, SpecialistInvitation } from '../../../domain';
import { readFileText } from '../../../lib/read-file';
import { useSessionStore } from '../../../state/session-store';
import { captureDownloads } from '../../../test/downloads';
import { registerMdoMeetingsTexts } from '../meetings/mdo-meetings-i18n';
import { useInvitationDownload } from './useInvitationDownload';

// As the meeting page that shows invitations does.
registerMdoMeetingsTexts();

const CREATED = '2026-01-05T09:00:00.000Z' as IsoDateTime;

const MEETING: Meeting = {
  id: '0190f0e2-7c4a-7000-8000-00000000d001',
  date: '2026-01-15' as IsoDate,
  startTime: '09:30',
  endTime: '11:00',
  location: 'Vergaderzaal De Linde',
  videoLink: '',
  members: [],
  chairMemberId: null,
  presentMemberIds: [],
  bottlenecks: [],
  trainingNeeds: [],
  status: 'planned',
  cancelReason: '',
  createdAt: CREATED,
  deletedAt: null,
};

const SPECIALIST: Specialist = {
  id: '0190f0e2-7c4a-7000-8000-00000000ad03',
  name: 'Marieke Jansen',
  organisation: 'STOP-team',
  team: 'stop',
  phone: '',
  email: 'm.jansen@stopteam.nl',
  userId: null,
  createdAt: CREATED,
  deletedAt: null,
};

const INVITATION: SpecialistInvitation = {
  id: '0190f0e2-7c4a-7000-8000-00000000ad01',
  meetingId: MEETING.id,
  agendaItemId: null,
  specialistId: SPECIALIST.id,
  specialistUserId: null,
  status: 'invited',
  advice: '',
  adviceBy: null,
  adviceAt: null,
  validUntil: '2099-01-01T00:00:00.000Z' as IsoDateTime,
  createdAt: CREATED,
  deletedAt: null,
};

function download(meeting = MEETING, specialist = SPECIALIST) {
  const files = captureDownloads();
  const { result } = renderHook(() => useInvitationDownload());
  const reason = result.current(INVITATION, meeting, specialist);
  return { reason, files };
}

describe('useInvitationDownload', () => {
  it('downloads a calendar request from the practice, with the signed-in account as organiser', async () => {
    const { reason, files } = download();
    expect(reason).toBeNull();
    const [file] = files;
    if (!file) throw new Error('nothing was downloaded');
    expect(file.blob.type).toMatch(/^text\/calendar;.*method=request$/i);
    // Long lines are folded (CRLF and a space); read them whole.
    const text = (await readFileText(file.blob)).replace(/\r\n[ \t]/g, '');
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toMatch(/ORGANIZER;CN=Huisartsenpraktijk De Linde[^\r]*:mailto:poh@praktijk\.nl/);
    expect(text).toMatch(/ATTENDEE[^\r]*mailto:m\.jansen@stopteam\.nl/);
  });

  it('downloads a cancellation once the meeting is cancelled', async () => {
    const { files } = download({ ...MEETING, status: 'cancelled', cancelReason: 'Ziekte' });
    const [file] = files;
    if (!file) throw new Error('nothing was downloaded');
    expect(file.blob.type).toMatch(/method=cancel$/i);
    expect(await readFileText(file.blob)).toContain('METHOD:CANCEL');
  });

  it('says in Dutch why no file can be made for a specialist without an e-mail address', () => {
    const { reason, files } = download(MEETING, { ...SPECIALIST, email: '' });
    expect(reason).toBe(
      'Van deze specialist is geen (geldig) e-mailadres bekend. Vul het aan onder Specialisten om een agendabestand te maken.',
    );
    expect(files).toEqual([]);
  });

  it('makes no file without a signed-in account to send it from', () => {
    useSessionStore.setState({ session: null });
    const { reason, files } = download();
    expect(reason).toBe(
      'Van uw account is geen e-mailadres bekend; het agendabestand heeft een afzender nodig.',
    );
    expect(files).toEqual([]);
  });
});
