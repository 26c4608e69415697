import { describe, expect, it } from 'vitest';
import { createPlanWarmer } from './plan-warmer.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createPlanWarmer', () => {
  it('replays the latest parameters of each query once, most recent first', async () => {
    const w = createPlanWarmer();
    w.note('a', { x: 1 });
    w.note('b', { y: 1 });
    w.note('a', { x: 2 });
    const ran: string[] = [];
    expect(await w.rewarm(async (name, p) => void ran.push(`${name}${JSON.stringify(p)}`))).toBe(2);
    expect(ran).toEqual(['a{"x":2}', 'b{"y":1}']);
  });

  it('holds requests while the replays run, and never longer than its cap', async () => {
    const w = createPlanWarmer(150);
    w.note('slow', {});
    let replayDone = false;
    const rewarm = w.rewarm(async () => {
      await tick(400);
      replayDone = true;
    });
    const t0 = Date.now();
    await w.open();
    const waited = Date.now() - t0;
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(replayDone).toBe(false);
    await rewarm;
    expect(replayDone).toBe(true);
    const t1 = Date.now();
    await w.open();
    expect(Date.now() - t1).toBeLessThan(20);
  });
});
