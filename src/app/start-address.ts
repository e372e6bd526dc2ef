import { allRolesOf, mayRead, type SessionInfo } from '../domain';

/**
 * Where the app's start address ("/") leads a signed-in account: Beheer for an account without patient
 * data, a specialist PZ's invitations, and the register for everyone else.
 */
export function startAddressOf(session: SessionInfo): string {
  if (!mayRead(allRolesOf(session.user), 'patient')) return '/beheer';
  return session.user.role === 'specialist-pz' ? '/uitnodigingen' : '/patienten';
}
