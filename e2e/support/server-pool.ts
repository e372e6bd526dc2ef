/**
 * Each test's own server, started one test ahead. A test still gets a server of its own, started for it
 * alone and set up with a practice and nothing else, but the next test's server starts while this test
 * runs: starting one (Node, PGlite, the practice's setup with its password hash) took about 10 s of every
 * test's 11-50 s, on the critical path, while the browser spends much of a test waiting.
 *
 * The account most tests start as is made and signed in ahead too: its invitation, acceptance and
 * sign-in (two password hashes at production cost) took about 1.8 s of each such test.
 */
import { startTijdigServer, type PasswordOnlyRole, type TijdigServer } from './server';

/** Who a test is signed in as unless it says otherwise (fixtures.ts). */
export const DEFAULT_ACCOUNT: { role: PasswordOnlyRole; name: string } = {
  role: 'huisarts',
  name: 'Hanna Bakker',
};

async function startWithDefaultSession(): Promise<TijdigServer> {
  const server = await startTijdigServer();
  try {
    await server.prepareSession(DEFAULT_ACCOUNT.role, DEFAULT_ACCOUNT.name);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

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
      const server = next ?? startWithDefaultSession();
      // The next one starts once this one is up (or failed to start): two starts at once would only
      // slow down the start this test waits for.
      const startNext = () => startWithDefaultSession();
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
