import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADVICE_MAX_LENGTH } from '../../../domain';
import { freshDatabasePerTest } from '../../../test/database';
import { agendaPatients, seedInvitedMeeting, signInAsSpecialist } from './specialist-view-test-data';
import { useSaveAdvice } from './useSaveAdvice';

const device = freshDatabasePerTest();
const UNKNOWN = '0190f0e2-7c4a-7000-8000-00000000dead';

async function invitationId(): Promise<string> {
  const userId = signInAsSpecialist();
  const patients = agendaPatients();
  await device.db().patients.bulkAdd(patients);
  return (await seedInvitedMeeting(device.db(), patients, userId)).invitation.id;
}

function renderAdvice(id: string) {
  return renderHook(() => useSaveAdvice(id), { wrapper: device.wrapper });
}

async function save(result: { current: ReturnType<typeof useSaveAdvice> }, advice: string) {
  let isSaved = false;
  await act(async () => {
    isSaved = await result.current.save(advice);
  });
  return isSaved;
}

describe('useSaveAdvice', () => {
  it("stores the specialist's advice on the device, signed with their name, and queues it for the team", async () => {
    const id = await invitationId();
    const queued = await device.db().outbox.count();
    const { result } = renderAdvice(id);
    expect(await save(result, 'Start morfine 5 mg s.c. zo nodig.')).toBe(true);
    expect(await device.db().specialistInvitations.get(id)).toMatchObject({
      advice: 'Start morfine 5 mg s.c. zo nodig.',
      adviceBy: { name: 'Marieke Consulent', role: 'specialist-pz' },
    });
    expect(await device.db().outbox.count()).toBe(queued + 1);
    expect(result.current.failure).toBeNull();
  });

  it('refuses an advice that is too long, keeps the stored one, and clears the failure after a good save', async () => {
    const id = await invitationId();
    const { result } = renderAdvice(id);
    expect(await save(result, 'x'.repeat(ADVICE_MAX_LENGTH + 1))).toBe(false);
    expect(result.current.failure).toBe('tooLong');
    expect((await device.db().specialistInvitations.get(id))?.advice).toBe('');
    expect(await save(result, 'Korter advies')).toBe(true);
    expect(result.current.failure).toBeNull();
  });

  it('says notFound for an invitation no longer on the device', async () => {
    const { result } = renderAdvice(UNKNOWN);
    expect(await save(result, 'Advies')).toBe(false);
    expect(result.current.failure).toBe('notFound');
  });
});
