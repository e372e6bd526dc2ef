// A pull page worker (as sync/page-workers.ts starts one) that answers every page with an empty one, but
// ends right after its first answer: a thread that failed between two pages, while idle.
import { parentPort } from 'node:worker_threads';

let hasAnswered = false;
parentPort?.on('message', (message) => {
  if (message.kind !== 'page') return;
  const body = new TextEncoder().encode('{"changes":[]}');
  parentPort?.postMessage({ ok: true, body, count: 0, encoding: 'identity' }, [body.buffer]);
  if (hasAnswered) return;
  hasAnswered = true;
  // On the next turn, once the answer is on its way.
  setImmediate(() => process.exit(7));
});
