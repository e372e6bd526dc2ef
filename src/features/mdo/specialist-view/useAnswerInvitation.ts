import { useState } from 'react';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { setInvitationStatus } from '../../../db';
import type { InvitationStatus } from '../../../domain';

export type AnswerFailure = 'notFound' | 'quota' | 'other';

/**
 * Accepting or declining an invitation on this device (row and outbox in one transaction); the next sync
 * takes it to the practice. Returns the answer function and the last failure, if any.
 */
export function useAnswerInvitation(invitationId: string): {
  answer: (status: InvitationStatus) => Promise<void>;
  failure: AnswerFailure | null;
} {
  const db = useDatabase();
  const [failure, setFailure] = useState<AnswerFailure | null>(null);
  const answer = async (status: InvitationStatus) => {
    const result = await setInvitationStatus(db, invitationId, status, new Date());
    if (result.ok) {
      setFailure(null);
      return;
    }
    const { kind } = result.error;
    setFailure(kind === 'notFound' || kind === 'quota' ? kind : 'other');
  };
  return { answer, failure };
}
