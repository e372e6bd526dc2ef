/**
 * Child processes of a bench run: one-shot builds, long-running `vite preview` servers and sync servers.
 * Every server is started in its own process group and tracked, so `stopAll` can end it and whatever it
 * spawned, on success, on failure and on Ctrl-C alike.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Vite's own entry point: running it with this Node avoids npx wrappers that would outlive a kill. */
const VITE_BIN = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/**
 * Runs `vite <args>` to completion; rejects with the tail of its output when it fails or times out.
 * @param {string[]} args
 * @param {{ timeoutMs?: number, label: string }} options
 */
export function runVite(args, { timeoutMs = 180_000, label }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE_BIN, ...args], { cwd: REPO_ROOT, detached: true });
    running.add(child);
    let output = '';
    const collect = (chunk) => {
      output = (output + chunk).slice(-4000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      killGroup(child);
      reject(new Error(`${label}: timed out after ${timeoutMs / 1000} s\n${output}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) resolve(output);
      else reject(new Error(`${label} failed (exit ${code}):\n${output}`));
    });
  });
}

/** A port the OS says is free right now (vite is started with --strictPort, so a race fails loudly). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts `vite preview` on a free port of 127.0.0.1 and resolves once it answers HTTP.
 * @param {{ label: string, configFile?: string, timeoutMs?: number }} options
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function startPreview({ label, configFile, timeoutMs = 30_000 }) {
  const port = await freePort();
  const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  if (configFile) args.push('--config', configFile);
  const child = spawn(process.execPath, [VITE_BIN, ...args], { cwd: REPO_ROOT, detached: true });
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-2000)));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-2000)));
  child.on('exit', () => running.delete(child));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${label}: vite preview exited (${child.exitCode}):\n${output}`);
    if (await answers(url)) return { url, stop: () => killGroup(child) };
    await sleep(200);
  }
  killGroup(child);
  throw new Error(`${label}: vite preview did not answer on ${url} within ${timeoutMs / 1000} s:\n${output}`);
}

/** @param {string} url */
async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts a long-running command in its own process group, tracked so `stopAll` ends it too.
 * Keeps the tail of its output in `output()` for error messages.
 * @param {string} command @param {string[]} args @param {import('node:child_process').SpawnOptions} options
 */
export function spawnTracked(command, args, options) {
  const child = spawn(command, args, { cwd: REPO_ROOT, ...options, detached: true });
  running.add(child);
  let tail = '';
  const collect = (chunk) => (tail = (tail + chunk).slice(-4000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.on('exit', () => running.delete(child));
  return { child, output: () => tail };
}

/**
 * Ends a tracked process group with `signal` and waits for the leader to exit (SIGKILL after `graceMs`),
 * so its files can be removed afterwards.
 * @param {import('node:child_process').ChildProcess} child
 * @param {{ signal?: NodeJS.Signals, graceMs?: number }} [options]
 */
export async function stopAndWait(child, { signal = 'SIGTERM', graceMs = 10_000 } = {}) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child, signal);
  const timer = setTimeout(() => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, graceMs);
  await exited;
  clearTimeout(timer);
}

/** @param {import('node:child_process').ChildProcess} child @param {NodeJS.Signals} [signal] */
function killGroup(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.pid === undefined) return;
  try {
    // Negative pid: the whole group this child leads (it was spawned detached), nothing else.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
  running.delete(child);
}

/** Ends every build and server this run started. Safe to call more than once. */
export function stopAll() {
  for (const child of [...running]) killGroup(child);
}

/** @param {number} ms */
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
