/**
 * CPU time of processes and threads from /proc (Linux only), for benches that must say where the
 * CPU of a run went: a worker's main JS thread versus its other threads (V8's GC helpers, libuv),
 * a PostgreSQL server with all its backends, and the bench's own process.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ; 100 on Linux). */
const TICKS = 100;

/** utime, stime, cutime, cstime of a /proc stat line, in seconds (fields 14–17, after the command). */
function times(statPath: string): number[] | undefined {
  try {
    const stat = readFileSync(statPath, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [11, 12, 13, 14].map((i) => Number(fields[i]) / TICKS);
  } catch {
    return undefined;
  }
}

const parentOf = (pid: string): number | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
};

/** A node process's CPU seconds: its main thread and all its other threads. */
export function nodeThreadsCpu(pid: number): { main: number; others: number } {
  let main = 0;
  let others = 0;
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return { main, others };
  }
  for (const tid of tids) {
    const t = times(`/proc/${pid}/task/${tid}/stat`);
    if (!t) continue;
    if (Number(tid) === pid) main += t[0]! + t[1]!;
    else others += t[0]! + t[1]!;
  }
  return { main, others };
}

/**
 * A server's CPU seconds counting all its children: its own time, the time of children it has
 * already reaped (cutime, cstime) and that of the children still running (PostgreSQL's backends).
 */
export function processTreeCpu(pid: number): number {
  const own = times(`/proc/${pid}/stat`);
  if (!own) return 0;
  let total = own[0]! + own[1]! + own[2]! + own[3]!;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || parentOf(entry) !== pid) continue;
    const child = times(`/proc/${entry}/stat`);
    if (child) total += child[0]! + child[1]!;
  }
  return total;
}

/** The postmaster's pid of a PostgreSQL data folder (postmaster.pid, line 1). */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
