/**
 * A free TCP port on loopback, for tests that start a real server process (the e2e suite and the
 * data-directory lock test). The port is released before it is returned, so another process could take
 * it in between; on a test machine that window is harmless, and the server start fails loudly if it does.
 */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}
