/** Typed calls to the server's account endpoints; the UI uses these, never fetch. */
import type {
  AuditEntry,
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

export interface AuthClient {
  isSetUp: () => Promise<boolean>;
  setUp: (request: SetupRequest) => Promise<SessionInfo>;
  login: (request: LoginRequest) => Promise<SessionInfo>;
  logout: () => Promise<void>;
  currentSession: () => Promise<SessionInfo>;
  invite: (request: InvitationCreate) => Promise<InvitationCreated>;
  team: () => Promise<Team>;
  /** The practice's specialist PZ accounts (any kernteam member may ask). */
  specialistAccounts: () => Promise<SpecialistAccounts>;
  /** The practice's huisartsen, for recording a medical decision namens one of them. */
  huisartsen: () => Promise<Huisartsen>;
  lookUpInvitation: (token: string) => Promise<InvitationInfo>;
  acceptInvitation: (request: InvitationAccept) => Promise<SessionInfo>;
  auditLog: (query: Partial<AuditQuery>) => Promise<AuditEntry[]>;
  /** This device's unwrapping key for the signed-in account (404 `deviceKeyNotFound` when it has none). */
  deviceKey: (deviceId: string) => Promise<DeviceKey>;
  /** Makes this device's unwrapping key once and returns it. */
  makeDeviceKey: (deviceId: string) => Promise<DeviceKey>;
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
    currentSession: () => api.get('/api/auth/session'),
    invite: (request) => api.post('/api/invitations', request),
    team: () => api.get('/api/team'),
    specialistAccounts: () => api.get('/api/team/specialists'),
    huisartsen: () => api.get('/api/team/huisartsen'),
    lookUpInvitation: (token) => api.post('/api/invitations/lookup', { token }),
    acceptInvitation: (request) => api.post('/api/invitations/accept', request),
    auditLog: async (query) =>
      (await api.get<{ entries: AuditEntry[] }>(`/api/audit${queryString(query)}`)).entries,
    deviceKey: (deviceId) => api.get(`/api/auth/device-key?deviceId=${encodeURIComponent(deviceId)}`),
    makeDeviceKey: (deviceId) => api.post('/api/auth/device-key', { deviceId }),
  };
}
