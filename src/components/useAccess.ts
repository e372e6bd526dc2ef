import {
  allRolesOf,
  isPermitted,
  mayRead,
  medicalDecisionMode,
  type Role,
  type SessionInfo,
  type SyncEntity,
} from '../domain';
import { useSessionStore } from '../state/session-store';

export interface Access {
  roles: readonly Role[];
  /**
   * Whether the account may see patient data at all: a clinical role (or a specialist PZ, within their
   * invitations). A beheerder-only account may not, so its app shows no patient pages.
   */
  seesPatientData: boolean;
  /** Whether the account holds the beheerder role (besides, perhaps, a clinical one). */
  isBeheerder: boolean;
  /** Whether the account may change these field groups of a record kind (the server's policy). */
  mayChange: (entity: SyncEntity, groups: readonly string[]) => boolean;
  /** How the account records medical decisions: itself, only namens a huisarts, or not at all. */
  decisionMode: 'self' | 'onBehalf' | 'never';
}

/**
 * What the signed-in account may do, from the same access policy the server enforces, so the UI offers
 * only that. Without a session (only before the sign-in page takes over) it answers as for a huisarts.
 */
export function useAccess(): Access {
  const session = useSessionStore((state) => state.session);
  const roles: readonly Role[] = session ? allRolesOf(session.user) : ['huisarts'];
  return {
    roles,
    seesPatientData: mayRead(roles, 'patient'),
    isBeheerder: roles.includes('beheerder'),
    mayChange: (entity, groups) => isPermitted({ roles, entity, action: 'change', groups }),
    decisionMode: medicalDecisionMode(roles),
  };
}

/** Whether a signed-in account holds the beheerder role (besides, perhaps, a clinical one). */
export function hasBeheerderRole(session: SessionInfo): boolean {
  return allRolesOf(session.user).includes('beheerder');
}
