import { useState } from 'react';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { setInvitationAdvice } from '../../../db';
import { useSessionStore } from '../../../state/session-store';

export type AdviceFailure = 'tooLong' | 'notFound' | 'quota' | 'other';

/**
 * Saving the specialist's advice on this device (row and outbox in one transaction), so it works offline;
 * the next sync takes it to the team, where the server stamps who wrote it and when.
 */
export function useSaveAdvice(invitationId: string): {
  save: (advice: string) => Promise<boolean>;
  failure: AdviceFailure | null;
} {
  const db = useDatabase();
  const session = useSessionStore((state) => state.session);
  const [failure, setFailure] = useState<AdviceFailure | null>(null);
  const save = async (advice: string) => {
    const author = { name: session?.user.name ?? '-', role: 'specialist-pz' as const };
    const result = await setInvitationAdvice(db, invitationId, advice, author, new Date());
    if (result.ok) {
      setFailure(null);
      return true;
    }
    const { kind } = result.error;
    setFailure(kind === 'invalid' ? 'tooLong' : kind === 'notFound' || kind === 'quota' ? kind : 'other');
    return false;
  };
  return { save, failure };
}
