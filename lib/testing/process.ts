// Whether a process still runs, for tests and benchmarks that stop process trees. A zombie (exited, not yet
// reaped by its parent) counts as gone: it holds no port and no store.
import { readFileSync } from 'node:fs';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\S+ \(.*\) Z /s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
