/** Server settings, read once from the environment. Defaults run Tijdig on one machine with no setup. */
import { fileURLToPath } from 'node:url';

export interface ServerConfig {
  host: string;
  port: number;
  /** PostgreSQL connection string; absent means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** PGlite data directory; undefined keeps data in memory (tests only). */
  dataDir: string | undefined;
  /** The built PWA to serve, or null to serve the API only. */
  staticDir: string | null;
  /** Minutes without a request before a session ends. */
  idleTimeoutMinutes: number;
  /** The same for accounts on a shared device (the meeting-room tablet). */
  sharedDeviceIdleTimeoutMinutes: number;
  /** scrypt cost N as a power of two; 17 (N = 131,072) or more in production. */
  scryptLogN: number;
  /** Failed and successful login attempts allowed per address and e-mail within a quarter of an hour. */
  loginAttemptsPerWindow: number;
  /** Largest accepted request body in bytes. */
  bodyLimitBytes: number;
  /** Behind a proxy that terminates TLS: trust its X-Forwarded-* headers (for the Secure cookie flag). */
  trustProxy: boolean;
  logLevel: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function numberFrom(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: numberFrom(env.PORT, 8080),
    databaseUrl: env.DATABASE_URL === '' ? undefined : env.DATABASE_URL,
    dataDir: env.TIJDIG_DATA_DIR ?? `${ROOT}.data/pglite`,
    staticDir: env.TIJDIG_STATIC_DIR ?? `${ROOT}dist`,
    idleTimeoutMinutes: numberFrom(env.TIJDIG_IDLE_MINUTES, 30),
    sharedDeviceIdleTimeoutMinutes: numberFrom(env.TIJDIG_SHARED_IDLE_MINUTES, 5),
    scryptLogN: Math.max(17, numberFrom(env.TIJDIG_SCRYPT_LOG_N, 17)),
    loginAttemptsPerWindow: numberFrom(env.TIJDIG_LOGIN_ATTEMPTS, 10),
    bodyLimitBytes: numberFrom(env.TIJDIG_BODY_LIMIT, 2 * 1024 * 1024),
    trustProxy: env.TIJDIG_TRUST_PROXY === '1',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
