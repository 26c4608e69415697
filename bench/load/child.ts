// Child processes the bench starts (the product, a concurrent ingest), each the leader of its own process
// group so that stopping it reaches every process below it (npx → tsx → node → java), and a last-resort
// SIGKILL on exit so a failed bench leaves nothing running.
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT_DIR } from '../../lib/config.ts';
import { descendants, readProcTable } from './proc.ts';
import { isAlive } from '../../lib/testing/process.ts';

const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of started) signalGroup(c, 'SIGKILL');
});

/** Signal 0 only asks whether the pid exists; a process that ended in between is not an error. */
const send = (pid: number, signal: NodeJS.Signals | 0): boolean => {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
};

/** A zombie (killed, not yet reaped by its new parent) has stopped running: it counts as gone (isAlive). */
const waitGone = async (pids: readonly number[], ms: number): Promise<void> => {
  const until = Date.now() + ms;
  while (Date.now() < until && pids.some(isAlive)) await new Promise((r) => setTimeout(r, 100));
};

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid !== undefined) send(-child.pid, signal);
}

/** On a signal: stop every child still running (gracefully, then SIGKILL), e.g. npm start while it ingests. */
export const stopAllChildren = (graceMs: number): Promise<void[]> =>
  Promise.all([...started].map((c) => stopTree(c, graceMs)));

/** Spawns `npx tsx <script> …args` in its own process group; every output line goes to `onLine`. */
export function spawnTsx(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void,
): ChildProcess {
  const child = spawn('npx', ['tsx', script, ...args], { cwd: ROOT_DIR, env, detached: true, stdio: 'pipe' });
  started.add(child);
  let partial = '';
  const take = (chunk: Buffer): void => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const l of lines) if (l.trim()) onLine(l);
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  return child;
}

/** SIGTERM to the group and every descendant seen now; SIGKILL to whatever still runs after `graceMs`. */
export async function stopTree(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.pid === undefined) return;
  // Descendants that left the group (setsid) are still found through their parent links.
  const pids = [child.pid, ...descendants(readProcTable(), child.pid).map((p) => p.pid)];
  // SIGTERM to the child's group only: npm start stops its JVM (in a group of its own) in order. Sent to the
  // JVM directly as well, it would look like a crash to the supervisor, which would start it again.
  signalGroup(child, 'SIGTERM');
  await waitGone(pids, graceMs);
  signalGroup(child, 'SIGKILL');
  for (const pid of pids) if (isAlive(pid)) send(pid, 'SIGKILL');
  await waitGone(pids, 5_000);
  started.delete(child);
}
