/** Server settings, read once from the environment. Defaults run Tijdig on one machine with no setup. */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCK_STALE_MS, MIN_LOCK_STALE_MS } from './store/data-dir-lock';

export interface ServerConfig {
  host: string;
  port: number;
  /** PostgreSQL connection string; absent means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** PGlite data directory; undefined keeps data in memory (tests only). */
  dataDir: string | undefined;
  /** How old an unrefreshed PGlite directory lock must be before a starting server takes it over. */
  dataDirLockStaleMs: number;
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
  /** Login attempts allowed per address, whatever the e-mail, within a quarter of an hour. */
  loginAttemptsPerAddress: number;
  /** Password hashes (scrypt) computed at once; more wait in a short queue, beyond it the answer is 429. */
  hashConcurrency: number;
  /** Hours after sign-in at which a session ends however active it is. */
  sessionMaxHours: number;
  /**
   * The origins (scheme://host[:port]) browsers reach Tijdig at. State-changing requests must come from
   * one of them and every request must name one of their hosts.
   */
  publicOrigins: string[];
  /** Largest accepted request body in bytes. */
  bodyLimitBytes: number;
  /**
   * A connection on which nothing arrives or leaves for this long is closed, also in the middle of a request:
   * a client that sends headers, or a body, and then stops (by accident or to tie the server up) holds a
   * socket and a body buffer until then. Longer than any request of the app (its own deadline is 30 s).
   */
  connectionTimeoutMs: number;
  /**
   * Which proxies' X-Forwarded-* headers to believe: false (none), a number of hops, or their addresses.
   * Believing any sender (true) would let every client choose its own address; only tests use it.
   */
  trustProxy: boolean | number | string[];
  logLevel: string;
  /**
   * Largest pull answer in bytes of JSON (before compression); a page holds fewer records when they are
   * large, but always at least one, so a record larger than this still reaches the device.
   */
  pullPageBytes: number;
  /**
   * How many pull pages (not pulls at head) the database builds at once; more wait their turn. Beyond the
   * machine's cores they only take turns on the CPU with everything else, health checks included.
   */
  pullPagesAtOnce: number;
  /** PGlite only: how often table upkeep (ANALYZE/VACUUM, store/upkeep.ts) runs; 0 turns it off. */
  upkeepIntervalMs: number;
  /**
   * In-memory PGlite only (`memory://`): a file holding a copy of a data directory (PGlite's dumpDataDir
   * tar) to start from instead of running initdb; the end-to-end tests start each server from an empty one.
   */
  pgliteStartFrom: string | undefined;
  /** Back-pressure (see http/back-pressure.ts); 0 turns a threshold off. */
  pressure: PressureConfig;
}

export interface PressureConfig {
  /** Event loop delay in ms past which requests get 503. */
  maxEventLoopDelayMs: number;
  /** Heap in use (MB) past which requests get 503. */
  maxHeapUsedMb: number;
  /** How often (ms) the database is asked `SELECT 1`; while it fails, requests get 503. */
  databaseCheckMs: number;
  /** The Retry-After a 503 carries, in seconds. */
  retryAfterSeconds: number;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function numberFrom(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** `1` (or any hop count) trusts that many proxies in front of Tijdig; a list names their addresses. */
function trustProxyFrom(value: string | undefined): number | string[] | false {
  if (value === undefined || value.trim() === '' || value === '0') return false;
  if (/^\d+$/.test(value.trim())) return Number(value);
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The configured public origins, or else the listen address; on a loopback address also its other
 * loopback names, so http://localhost:8080 works as well as http://127.0.0.1:8080.
 */
function publicOriginsFrom(value: string | undefined, host: string, port: number): string[] {
  if (value !== undefined && value.trim() !== '') {
    return value
      .split(',')
      .map((origin) => new URL(origin.trim()).origin)
      .filter((origin) => origin !== 'null');
  }
  const listenName = host.includes(':') ? `[${host}]` : host;
  const names = LOOPBACK_NAMES.includes(listenName) ? LOOPBACK_NAMES : [listenName];
  return names.map((name) => `http://${name}:${port}`);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const host = env.HOST ?? '127.0.0.1';
  const port = numberFrom(env.PORT, 8080);
  return {
    host,
    port,
    databaseUrl: env.DATABASE_URL === '' ? undefined : env.DATABASE_URL,
    dataDir: env.TIJDIG_DATA_DIR ?? `${ROOT}.data/pglite`,
    dataDirLockStaleMs: Math.max(
      MIN_LOCK_STALE_MS,
      numberFrom(env.TIJDIG_LOCK_STALE_MS, DEFAULT_LOCK_STALE_MS),
    ),
    staticDir: env.TIJDIG_STATIC_DIR ?? `${ROOT}dist`,
    idleTimeoutMinutes: numberFrom(env.TIJDIG_IDLE_MINUTES, 30),
    sharedDeviceIdleTimeoutMinutes: numberFrom(env.TIJDIG_SHARED_IDLE_MINUTES, 5),
    scryptLogN: Math.max(17, numberFrom(env.TIJDIG_SCRYPT_LOG_N, 17)),
    loginAttemptsPerWindow: numberFrom(env.TIJDIG_LOGIN_ATTEMPTS, 10),
    loginAttemptsPerAddress: numberFrom(env.TIJDIG_ADDRESS_LOGINS, 30),
    hashConcurrency: Math.max(1, numberFrom(env.TIJDIG_HASH_CONCURRENCY, 2)),
    sessionMaxHours: numberFrom(env.TIJDIG_SESSION_MAX_HOURS, 12),
    publicOrigins: publicOriginsFrom(env.TIJDIG_PUBLIC_ORIGIN, host, port),
    bodyLimitBytes: numberFrom(env.TIJDIG_BODY_LIMIT, 2 * 1024 * 1024),
    connectionTimeoutMs: Math.max(1000, numberFrom(env.TIJDIG_CONNECTION_TIMEOUT_MS, 60_000)),
    trustProxy: trustProxyFrom(env.TIJDIG_TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
    pullPageBytes: Math.max(1024, numberFrom(env.TIJDIG_PULL_PAGE_BYTES, 256 * 1024)),
    pullPagesAtOnce: Math.max(1, numberFrom(env.TIJDIG_PULL_PAGES_AT_ONCE, availableParallelism())),
    upkeepIntervalMs: numberFrom(env.TIJDIG_UPKEEP_MS, 10_000),
    pgliteStartFrom: env.TIJDIG_PGLITE_START_FROM === '' ? undefined : env.TIJDIG_PGLITE_START_FROM,
    pressure: {
      maxEventLoopDelayMs: numberFrom(env.TIJDIG_MAX_EVENT_LOOP_DELAY_MS, 1000),
      maxHeapUsedMb: numberFrom(env.TIJDIG_MAX_HEAP_MB, 0),
      databaseCheckMs: numberFrom(env.TIJDIG_DB_CHECK_MS, 5000),
      retryAfterSeconds: Math.max(1, numberFrom(env.TIJDIG_RETRY_AFTER_S, 10)),
    },
  };
}
