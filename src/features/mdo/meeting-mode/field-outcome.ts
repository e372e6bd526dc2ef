import type { WriteResult } from '../../../db';
import type { FieldSaveOutcome } from '../../../components/useAutosave';

/**
 * A write's answer as a field sees it: a refused value gives the field its error code; a storage failure
 * or a removed record is said by the page's save status instead.
 */
export function fieldOutcomeOf(result: WriteResult<unknown>): FieldSaveOutcome {
  if (result.ok) return { ok: true };
  return { ok: false, issueCode: result.error.kind === 'invalid' ? result.error.issues[0]?.code : undefined };
}
