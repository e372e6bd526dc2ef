/**
 * Each test's own server, started one test ahead. A test still gets a server of its own, started for it
 * alone and set up with a practice and nothing else, but the next test's server starts while this test
 * runs: starting one (Node, PGlite, the practice's setup with its password hash) took about 10 s of every
 * test's 11-50 s, on the critical path, while the browser spends much of a test waiting.
 */
import { startTijdigServer, type TijdigServer } from './server';

export interface ServerPool {
  /** A new server that no test has used; the next one starts at once. */
  take: () => Promise<TijdigServer>;
  /** Stops the server started ahead that no test took. */
  close: () => Promise<void>;
}

export function createServerPool(): ServerPool {
  let next: Promise<TijdigServer> | null = null;

  return {
    take: () => {
      const server = next ?? startTijdigServer();
      // The next one starts once this one is up (or failed to start): two starts at once would only
      // slow down the start this test waits for.
      const startNext = () => startTijdigServer();
      next = server.then(startNext, startNext);
      // A start that fails is reported to the test that takes it, not as an unhandled rejection meanwhile.
      next.catch(() => undefined);
      return server;
    },
    close: async () => {
      const left = next;
      next = null;
      const server = await left?.catch(() => null);
      await server?.stop();
    },
  };
}
