import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { descendants, findDescendant, parseStat, readProcTable, type ProcEntry } from './proc.ts';

// npm start as it runs: npx → sh → tsx → node (loader) → java, beside an unrelated JVM of another worktree.
const TREE: ProcEntry[] = [
  { pid: 1, ppid: 0, args: 'init' },
  { pid: 100, ppid: 1, args: 'npm exec tsx scripts/start.ts' },
  { pid: 101, ppid: 100, args: 'sh -c tsx scripts/start.ts' },
  { pid: 102, ppid: 101, args: 'node /repo/node_modules/.bin/tsx scripts/start.ts' },
  { pid: 103, ppid: 102, args: 'node --require preflight.cjs --import loader.mjs scripts/start.ts' },
  { pid: 104, ppid: 103, args: 'java -Xms4g -Xmx4g -cp classes:lib/* explorer.EmbeddedNeo4j' },
  { pid: 200, ppid: 1, args: 'java -Xms2g -cp other/classes explorer.EmbeddedNeo4j' },
  { pid: 201, ppid: 200, args: 'child of the other jvm' },
];

describe('parseStat', () => {
  it('reads pid and ppid even when the command name holds spaces and parentheses', () => {
    expect(parseStat('4242 (node) S 4241 4242 4242 0 -1 4194560')).toEqual({ pid: 4242, ppid: 4241 });
    expect(parseStat('77 (my (odd) name) R 5 77 77 0')).toEqual({ pid: 77, ppid: 5 });
    expect(parseStat('garbage')).toBeNull();
  });
});

describe('descendants', () => {
  it('walks the ppid links below the root only, parents first', () => {
    expect(descendants(TREE, 100).map((p) => p.pid)).toEqual([101, 102, 103, 104]);
    expect(descendants(TREE, 104)).toEqual([]);
  });
  it('finds the product JVM, not another worktree’s', () => {
    expect(findDescendant(TREE, 100, 'explorer.EmbeddedNeo4j')?.pid).toBe(104);
    expect(findDescendant(TREE, 102, 'explorer.EmbeddedNeo4j')?.pid).toBe(104);
    expect(findDescendant(TREE, 201, 'explorer.EmbeddedNeo4j')).toBeUndefined();
  });
});

describe('readProcTable', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'proc-fixture-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const proc = (pid: number, stat: string, cmdline: string) => {
    mkdirSync(path.join(dir, String(pid)));
    writeFileSync(path.join(dir, String(pid), 'stat'), stat);
    writeFileSync(path.join(dir, String(pid), 'cmdline'), cmdline);
  };

  it('reads stat and the NUL-separated command line of each pid folder, skipping the rest', () => {
    proc(10, '10 (npx) S 1 10 10 0', 'npm exec\0tsx\0scripts/start.ts\0');
    proc(11, '11 (java) S 10 10 10 0', 'java\0-cp\0x\0explorer.EmbeddedNeo4j\0');
    mkdirSync(path.join(dir, 'self'));
    mkdirSync(path.join(dir, '12')); // ended between the listing and the read: no files
    const table = readProcTable(dir).sort((a, b) => a.pid - b.pid);
    expect(table).toEqual([
      { pid: 10, ppid: 1, args: 'npm exec tsx scripts/start.ts' },
      { pid: 11, ppid: 10, args: 'java -cp x explorer.EmbeddedNeo4j' },
    ]);
  });
  it('sees this very process in the real /proc, below its parent', () => {
    const me = readProcTable().find((p) => p.pid === process.pid);
    expect(me?.ppid).toBe(process.ppid);
  });
});
