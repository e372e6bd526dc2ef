import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InvitationStatus } from '../../../domain';
import { freshDatabasePerTest } from '../../../test/database';
import { agendaPatients, seedInvitedMeeting, signInAsSpecialist } from './specialist-view-test-data';
import { useAnswerInvitation } from './useAnswerInvitation';

const device = freshDatabasePerTest();

async function invitationId(): Promise<string> {
  const userId = signInAsSpecialist();
  const patients = agendaPatients();
  await device.db().patients.bulkAdd(patients);
  return (await seedInvitedMeeting(device.db(), patients, userId)).invitation.id;
}

function renderAnswer(id: string) {
  const rendered = renderHook(() => useAnswerInvitation(id), { wrapper: device.wrapper });
  const answer = (status: InvitationStatus) => act(() => rendered.result.current.answer(status));
  return { ...rendered, answer };
}

const statusOf = async (id: string) => (await device.db().specialistInvitations.get(id))?.status;

describe('useAnswerInvitation', () => {
  it('records the answer on the device and queues it for the practice; a later answer replaces it', async () => {
    const id = await invitationId();
    const queued = await device.db().outbox.count();
    const { result, answer } = renderAnswer(id);
    await answer('accepted');
    expect(await statusOf(id)).toBe('accepted');
    expect(await device.db().outbox.count()).toBe(queued + 1);
    await answer('declined');
    expect(await statusOf(id)).toBe('declined');
    expect(result.current.failure).toBeNull();
  });

  it('says notFound for an invitation no longer on the device', async () => {
    const { result, answer } = renderAnswer('0190f0e2-7c4a-7000-8000-00000000dead');
    await answer('accepted');
    expect(result.current.failure).toBe('notFound');
  });
});
