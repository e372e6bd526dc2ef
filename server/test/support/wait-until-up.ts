/** Waiting for a server process of a test's own to answer (data-dir-lock, built-server). */
import type { ChildProcess } from 'node:child_process';

/** Polls `url`/api/health until it answers, the process exits, or `timeoutMs` pass. */
export async function waitUntilUp(child: ChildProcess, url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    const isUp = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}
