/** Typed calls to the server's account endpoints; the UI uses these, never fetch. */
import type {
  AuditEntry,
  EnrolmentDone,
  EnrolmentStart,
  MemberTwoFactor,
  PracticeSettings,
  SecondFactorChallenge,
  SecondFactorVerify,
  TwoFactorStatus,
  AuditQuery,
  DeviceKey,
  Huisartsen,
  InvitationAccept,
  InvitationCreate,
  InvitationCreated,
  InvitationInfo,
  LoginRequest,
  SessionInfo,
  SetupRequest,
  SpecialistAccounts,
  Team,
} from '../domain';
import { createApiClient, type ApiClient } from './api-client';

/**
 * The deadline of the requests an app start waits for with only "Bezig met laden…" on screen: the session
 * check and this device's key. Past it the start goes on without the answer, to the login page or to the
 * lock screen (whose password check needs no server), instead of leaving a GP waiting on a weak connection.
 */
export const START_REQUEST_TIMEOUT_MS = 10_000;
const AT_START = { timeoutMs: START_REQUEST_TIMEOUT_MS };

export interface AuthClient {
  isSetUp: () => Promise<boolean>;
  setUp: (request: SetupRequest) => Promise<SessionInfo>;
  /** A session, or a challenge when a second factor (a code, or enrolment first) must follow. */
  login: (request: LoginRequest) => Promise<SessionInfo | SecondFactorChallenge>;
  logout: () => Promise<void>;
  currentSession: () => Promise<SessionInfo>;
  invite: (request: InvitationCreate) => Promise<InvitationCreated>;
  team: () => Promise<Team>;
  /** The practice's specialist PZ accounts (any kernteam member may ask). */
  specialistAccounts: () => Promise<SpecialistAccounts>;
  /** The practice's huisartsen, for recording a medical decision namens one of them. */
  huisartsen: () => Promise<Huisartsen>;
  lookUpInvitation: (token: string) => Promise<InvitationInfo>;
  acceptInvitation: (request: InvitationAccept) => Promise<SessionInfo | SecondFactorChallenge>;
  auditLog: (query: Partial<AuditQuery>) => Promise<AuditEntry[]>;
  /** This device's unwrapping key for the signed-in account (404 `deviceKeyNotFound` when it has none). */
  deviceKey: (deviceId: string) => Promise<DeviceKey>;
  /** Makes this device's unwrapping key once and returns it. */
  makeDeviceKey: (deviceId: string) => Promise<DeviceKey>;
  twoFactorStatus: () => Promise<TwoFactorStatus>;
  /** The second sign-in step (or confirming a signed-in session): a code or a recovery code. */
  verifySecondFactor: (request: SecondFactorVerify) => Promise<SessionInfo>;
  startEnrolment: () => Promise<EnrolmentStart>;
  confirmEnrolment: (code: string) => Promise<EnrolmentDone>;
  teamTwoFactor: () => Promise<MemberTwoFactor>;
  resetTwoFactor: (userId: string) => Promise<void>;
  practiceSettings: () => Promise<PracticeSettings>;
  savePracticeSettings: (settings: PracticeSettings) => Promise<PracticeSettings>;
}

/** Whether a login or acceptance answered a second-factor challenge instead of a session. */
export function isChallenge(answer: SessionInfo | SecondFactorChallenge): answer is SecondFactorChallenge {
  return 'step' in answer;
}

function queryString(query: Partial<AuditQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, string | number | undefined][]) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function createAuthClient(api: ApiClient = createApiClient()): AuthClient {
  return {
    isSetUp: async () => (await api.get<{ isSetUp: boolean }>('/api/setup')).isSetUp,
    setUp: (request) => api.post('/api/setup', request),
    login: (request) => api.post('/api/auth/login', request),
    logout: () => api.post('/api/auth/logout'),
    currentSession: () => api.get('/api/auth/session', AT_START),
    invite: (request) => api.post('/api/invitations', request),
    team: () => api.get('/api/team'),
    specialistAccounts: () => api.get('/api/team/specialists'),
    huisartsen: () => api.get('/api/team/huisartsen'),
    lookUpInvitation: (token) => api.post('/api/invitations/lookup', { token }),
    acceptInvitation: (request) => api.post('/api/invitations/accept', request),
    auditLog: async (query) =>
      (await api.get<{ entries: AuditEntry[] }>(`/api/audit${queryString(query)}`)).entries,
    deviceKey: (deviceId) =>
      api.get(`/api/auth/device-key?deviceId=${encodeURIComponent(deviceId)}`, AT_START),
    makeDeviceKey: (deviceId) => api.post('/api/auth/device-key', { deviceId }, AT_START),
    twoFactorStatus: () => api.get('/api/auth/two-factor'),
    verifySecondFactor: (request) => api.post('/api/auth/two-factor/verify', request),
    startEnrolment: () => api.post('/api/auth/two-factor/enrol', {}),
    confirmEnrolment: (code) => api.post('/api/auth/two-factor/enrol/confirm', { code }),
    teamTwoFactor: () => api.get('/api/team/two-factor'),
    resetTwoFactor: (userId) =>
      api.post(`/api/team/members/${encodeURIComponent(userId)}/two-factor/reset`, {}),
    practiceSettings: () => api.get('/api/practice/settings'),
    savePracticeSettings: (settings) => api.post('/api/practice/settings', settings),
  };
}
