import { describe, expect, it } from 'vitest';
import { spawnTsx, stopTree } from './child.ts';
import { isAlive } from '../../lib/testing/process.ts';

describe('stopTree', () => {
  it('stops every process below npx, SIGKILLing what ignores SIGTERM after the grace period', async () => {
    let onPids: (p: number[]) => void = () => undefined;
    const pids = new Promise<number[]>((r) => (onPids = r));
    const child = spawnTsx('bench/load/fixtures/tree.ts', [], process.env, (line) => {
      const m = /^pids (\d+) (\d+)$/.exec(line);
      if (m) onPids([Number(m[1]), Number(m[2])]);
    });
    const [plain, stubborn] = await pids;
    expect([isAlive(child.pid!), isAlive(plain!), isAlive(stubborn!)]).toEqual([true, true, true]);
    await stopTree(child, 1_000);
    expect([isAlive(child.pid!), isAlive(plain!), isAlive(stubborn!)]).toEqual([false, false, false]);
  }, 30_000);
});
