/**
 * CPU time spent by processes while a benchmark loads them, from /proc (Linux only, like the rest of the
 * server benchmarks). On a machine whose speed varies from run to run, milliseconds of CPU per request say
 * more about a change than requests per second do: they hardly move with the machine's other work.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on every Linux this runs on). */
const TICKS_PER_SECOND = 100;

/** @param {string} pid @returns {{ ppid: number, ticks: number } | null} */
function statOf(pid) {
  try {
    // The command name (2nd field) may hold spaces; the fields after its closing parenthesis do not.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // From field 3 on: ppid is field 4; utime, stime, cutime, cstime are fields 14-17.
    const [ppid, utime, stime, cutime, cstime] = [1, 11, 12, 13, 14].map((index) => Number(fields[index]));
    return { ppid: ppid ?? 0, ticks: (utime ?? 0) + (stime ?? 0) + (cutime ?? 0) + (cstime ?? 0) };
  } catch {
    return null;
  }
}

/**
 * Seconds of CPU used so far by `rootPid` and every process below it. A process that ended counts in its
 * parent (the reaped children's times are part of the parent's), so a PostgreSQL backend that closed is
 * not lost.
 * @param {number} rootPid
 */
export function treeCpuSeconds(rootPid) {
  const stats = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = statOf(pid);
    if (stat) stats.set(Number(pid), stat);
  }
  const inTree = new Set([rootPid]);
  // Parents before children is not guaranteed in /proc's order: add until nothing new joins.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { ppid }] of stats) {
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of inTree) ticks += stats.get(pid)?.ticks ?? 0;
  return ticks / TICKS_PER_SECOND;
}

/** Seconds of CPU this process (the load generator) has used so far. */
export function ownCpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
