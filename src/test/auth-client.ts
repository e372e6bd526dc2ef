/**
 * A stand-in for the server in component tests: an AuthClient whose every method is a vi.fn. The network
 * is the boundary here; the real server is tested in server/test and end to end.
 */
import { vi, type Mock } from 'vitest';
import type { Role, SessionInfo } from '../domain';
import { ApiFailure } from '../sync/api-client';
import type { AuthClient } from '../sync/auth-client';
import { TEST_SESSION } from './factories';

export type TestAuthClient = { [K in keyof AuthClient]: Mock<AuthClient[K]> };

/**
 * An AuthClient that answers as an unreachable server (ApiFailure 0 `offline`) unless `answers` says
 * otherwise, e.g. `testAuthClient({ login: vi.fn().mockResolvedValue(session) })`.
 */
export function testAuthClient(answers: Partial<TestAuthClient> = {}): TestAuthClient {
  const offline = () => Promise.reject(new ApiFailure(0, 'offline'));
  return {
    isSetUp: vi.fn<AuthClient['isSetUp']>(offline),
    setUp: vi.fn<AuthClient['setUp']>(offline),
    login: vi.fn<AuthClient['login']>(offline),
    logout: vi.fn<AuthClient['logout']>(offline),
    currentSession: vi.fn<AuthClient['currentSession']>(offline),
    invite: vi.fn<AuthClient['invite']>(offline),
    team: vi.fn<AuthClient['team']>(offline),
    specialistAccounts: vi.fn<AuthClient['specialistAccounts']>(offline),
    huisartsen: vi.fn<AuthClient['huisartsen']>(offline),
    lookUpInvitation: vi.fn<AuthClient['lookUpInvitation']>(offline),
    acceptInvitation: vi.fn<AuthClient['acceptInvitation']>(offline),
    auditLog: vi.fn<AuthClient['auditLog']>(offline),
    deviceKey: vi.fn<AuthClient['deviceKey']>(offline),
    makeDeviceKey: vi.fn<AuthClient['makeDeviceKey']>(offline),
    twoFactorStatus: vi.fn<AuthClient['twoFactorStatus']>(offline),
    verifySecondFactor: vi.fn<AuthClient['verifySecondFactor']>(offline),
    startEnrolment: vi.fn<AuthClient['startEnrolment']>(offline),
    confirmEnrolment: vi.fn<AuthClient['confirmEnrolment']>(offline),
    teamTwoFactor: vi.fn<AuthClient['teamTwoFactor']>(offline),
    resetTwoFactor: vi.fn<AuthClient['resetTwoFactor']>(offline),
    practiceSettings: vi.fn<AuthClient['practiceSettings']>(offline),
    savePracticeSettings: vi.fn<AuthClient['savePracticeSettings']>(offline),
    ...answers,
  };
}

/** A session as the server returns it after setup, login or an accepted invitation. */
export function testSession(role: Role = 'beheerder', name = 'Anna de Wit', roles?: Role[]): SessionInfo {
  return { ...TEST_SESSION, user: { ...TEST_SESSION.user, name, role, ...(roles ? { roles } : {}) } };
}
