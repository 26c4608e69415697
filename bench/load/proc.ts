// The process tree under one pid, read from /proc: how the bench finds the JVM that `npm start` runs
// (the descendant whose command line names explorer.EmbeddedNeo4j) and everything to stop at the end.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ProcEntry {
  pid: number;
  ppid: number;
  /** The command line, arguments joined by spaces. */
  args: string;
}

/** `/proc/<pid>/stat`: "pid (comm) state ppid …"; comm may hold spaces and parentheses, so split after the last ')'. */
export function parseStat(line: string): { pid: number; ppid: number } | null {
  const close = line.lastIndexOf(')');
  const pid = Number.parseInt(line, 10);
  const ppid = Number(line.slice(close + 2).split(' ')[1]);
  return close < 0 || !Number.isInteger(pid) || !Number.isInteger(ppid) ? null : { pid, ppid };
}

export function readProcTable(procDir = '/proc'): ProcEntry[] {
  const table: ProcEntry[] = [];
  for (const name of readdirSync(procDir)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseStat(readFileSync(path.join(procDir, name, 'stat'), 'utf8'));
      const cmdline = readFileSync(path.join(procDir, name, 'cmdline'), 'utf8');
      if (stat) table.push({ ...stat, args: cmdline.split('\0').filter(Boolean).join(' ') });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

/** Every process below `root` (not root itself), parents before children. */
export function descendants(table: readonly ProcEntry[], root: number): ProcEntry[] {
  const out: ProcEntry[] = [];
  const queue = [root];
  for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
    for (const p of table) {
      if (p.ppid !== parent || p.pid === root) continue;
      out.push(p);
      queue.push(p.pid);
    }
  }
  return out;
}

export const findDescendant = (table: readonly ProcEntry[], root: number, needle: string): ProcEntry | undefined =>
  descendants(table, root).find((p) => p.args.includes(needle));
