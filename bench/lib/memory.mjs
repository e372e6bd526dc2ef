/**
 * A process's resident memory (RSS) from /proc, sampled while a benchmark loads it: the peak is what the
 * machine must hold. Linux only, like the rest of the server benchmarks.
 */
import { readFileSync } from 'node:fs';

const SAMPLE_EVERY_MS = 200;

/** Resident memory of `pid` in MB (10^6 bytes), or null when the process is gone. @param {number} pid */
export function residentMb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB$/m);
    return line ? (Number(line[1]) * 1024) / 1e6 : null;
  } catch {
    return null;
  }
}

/**
 * Samples `pid`'s RSS until `stop()`, which answers the highest sample.
 * @param {number} pid
 * @returns {{ stop: () => number | null }}
 */
export function watchPeakResident(pid) {
  let peak = residentMb(pid);
  const timer = setInterval(() => {
    const now = residentMb(pid);
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, SAMPLE_EVERY_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
