import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnTsx, stopTree } from './child.ts';

/** Running: the pid exists and is not a zombie waiting to be reaped. */
const alive = (pid: number): boolean => {
  try {
    return !/^\S+ \(.*\) Z /s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('stopTree', () => {
  it('stops every process below npx, SIGKILLing what ignores SIGTERM after the grace period', async () => {
    let onPids: (p: number[]) => void = () => undefined;
    const pids = new Promise<number[]>((r) => (onPids = r));
    const child = spawnTsx('bench/load/fixtures/tree.ts', [], process.env, (line) => {
      const m = /^pids (\d+) (\d+)$/.exec(line);
      if (m) onPids([Number(m[1]), Number(m[2])]);
    });
    const [plain, stubborn] = await pids;
    expect([alive(child.pid!), alive(plain!), alive(stubborn!)]).toEqual([true, true, true]);
    await stopTree(child, 1_000);
    expect([alive(child.pid!), alive(plain!), alive(stubborn!)]).toEqual([false, false, false]);
  }, 30_000);
});
