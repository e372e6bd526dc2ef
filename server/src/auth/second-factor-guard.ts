/** The checks routes make on a session's second factor: beheer and the audit log need one (NEN 7513). */
import { HttpError } from '../errors';
import type { Actor } from './actor';

/** 403 `secondFactorRequired` unless this session's sign-in was confirmed with a code. */
export function requireSecondFactor(actor: Actor): void {
  if (!actor.hasSecondFactor)
    throw new HttpError(
      403,
      'secondFactorRequired',
      'Confirm this sign-in with two-factor authentication first (set it up under Instellingen).',
    );
}
