/**
 * Builds the server without listening, so tests drive it through `inject` and main.ts serves it.
 * Order matters: error handling, security headers, the Host and CSRF checks first, then the API, then the
 * static app with its fallback.
 */
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuditRoutes } from './audit/audit-routes';
import { installDenialAudit } from './audit/denial-audit';
import { registerAccountRoutes } from './auth/account-routes';
import { installCsrfProtection } from './auth/csrf';
import { registerDeviceKeyRoutes } from './auth/device-key-routes';
import { createHashGate } from './auth/hash-gate';
import { registerInvitationRoutes } from './auth/invitation-routes';
import { registerTotpRoutes } from './auth/totp-routes';
import { registerTwoFactorAdminRoutes } from './auth/two-factor-admin-routes';
import type { ServerConfig } from './config';
import type { AppContext, ServerContext } from './context';
import { installErrorHandling } from './errors';
import { ALWAYS_ANSWERED, installBackPressure } from './http/back-pressure';
import { MIN_COMPRESSED_BYTES } from './http/compression';
import { installJsonDepthLimit } from './http/json-depth';
import { installHostAllowlist } from './http/public-origin';
import { databaseRateLimitStore } from './http/rate-limit-store';
import { installSecurityHeaders } from './http/security-headers';
import { installNotFound, registerStaticApp } from './http/static-app';
import { createWindowCounter } from './http/window-counter';
import { inProcessPageBuilder, type PageBuilder } from './sync/page-builder';
import { registerSyncRoutes } from './sync/sync-routes';

export interface BuildOptions extends ServerContext {
  /** Pino options, or false for no logging (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Replaces back-pressure's database check (tests force pressure with it). */
  isHealthy?: () => Promise<boolean>;
  /**
   * Who builds pull pages (sync/page-builder.ts): PostgreSQL's page workers (main.ts starts them); by
   * default the request thread, behind the gate. The app closes it when it closes.
   */
  pages?: PageBuilder;
}

/**
 * Fastify's trustProxy as a function: a hop count trusts that many proxies nearest to the server, so the
 * client address is the one the last trusted proxy reported, not whatever the client wrote leftmost in
 * X-Forwarded-For.
 */
function trustProxyOf(
  setting: ServerConfig['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // Cookies carry session secrets; bodies are never logged (they hold patient data).
            redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
            ...(typeof options.logger === 'object' ? options.logger : {}),
          },
    bodyLimit: config.bodyLimitBytes,
    // Node's own requestTimeout did not end a request whose body stopped half-way (measured, Node 20): the
    // socket's inactivity timeout does.
    connectionTimeout: config.connectionTimeoutMs,
    trustProxy: trustProxyOf(config.trustProxy),
    // Patient ids are UUIDs; a very long URL is an attack, not a request.
    routerOptions: { maxParamLength: 300 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  // Before every route and the not-found handler, so that every refusal passes through it.
  installDenialAudit(app, options);
  // Cookies are read before any check may refuse a request, so a refusal is logged under its session.
  await app.register(fastifyCookie);
  await installBackPressure(app, config.pressure, options.db, options.isHealthy);
  installSecurityHeaders(app);
  installHostAllowlist(app, config.publicOrigins);
  installCsrfProtection(app, config.publicOrigins);
  // Every body is JSON; Fastify's built-in text/plain parser would turn a wrong content type into a 400
  // about the schema instead of the 415 a client can act on.
  app.removeContentTypeParser('text/plain');
  installJsonDepthLimit(app);
  // gzip/brotli for the app's scripts (a third of their size on slow 4G) and for pull answers. BREACH
  // needs an attacker's authenticated cross-site requests, which the SameSite=Strict cookie rules out.
  await app.register(fastifyCompress, { global: true, threshold: MIN_COMPRESSED_BYTES });
  // Counted in the database, not in this process: every process behind a load balancer sees one count.
  const windowCounter = createWindowCounter(options.db, options.now);
  await app.register(fastifyRateLimit, {
    global: false,
    hook: 'preHandler',
    store: databaseRateLimitStore(windowCounter),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Tijdig sync server',
        description: 'Accounts, sync (push/pull) and audit log of Tijdig. Schemas come from src/domain.',
        version: '1.0.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  app.get(
    '/api/health',
    { schema: { tags: ['meta'], summary: 'Liveness; no data.' }, config: ALWAYS_ANSWERED },
    () => ({ ok: true }),
  );
  // The hash gate stays in this process on purpose: it bounds this process's CPU (README, operations).
  const context: AppContext = { ...options, hashGate: createHashGate(config.hashConcurrency), windowCounter };
  registerAccountRoutes(app, context);
  registerInvitationRoutes(app, context);
  registerDeviceKeyRoutes(app, options);
  registerTotpRoutes(app, context);
  registerTwoFactorAdminRoutes(app, options);
  const pages = options.pages ?? inProcessPageBuilder(options.db, config.pullPagesAtOnce);
  app.addHook('onClose', () => pages.close());
  registerSyncRoutes(app, options, pages);
  registerAuditRoutes(app, context);
  const isServingApp = config.staticDir !== null && (await registerStaticApp(app, config.staticDir));
  installNotFound(app, isServingApp);
  return app;
}
