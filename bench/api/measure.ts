// Measures one probe: warm-up, then sequential, then concurrent clients. Never throws: a failing
// endpoint becomes an error row and the run goes on.
import type { Db } from '../../lib/neo4j/client.ts';
import type { ApiBenchArgs } from './args.ts';
import type { FloorQuery } from './floors.ts';
import { concurrent, sequential, warmUp, type Probe } from './load.ts';
import type { Measured } from './report.ts';

/** Beyond this sequential median, 16 clients would only queue behind each other for minutes. */
export const CONCURRENT_SKIP_MS = 1000;

export async function measureProbe(
  probe: Probe,
  a: Pick<ApiBenchArgs, 'requests' | 'clients' | 'warmup' | 'maxSeconds'>,
): Promise<Measured> {
  const maxMs = a.maxSeconds * 1000;
  try {
    const failed = await warmUp(probe, a.warmup, maxMs);
    if (failed) return { seq: null, conc: null, error: failed, note: null };
    const seq = await sequential(probe, { requests: a.requests, maxMs });
    if (seq.p50 > CONCURRENT_SKIP_MS)
      return { seq, conc: null, error: null, note: `concurrent skipped (seq p50 > ${CONCURRENT_SKIP_MS} ms)` };
    const conc = await concurrent(probe, { requests: a.requests, clients: a.clients, maxMs });
    return { seq, conc, error: null, note: null };
  } catch (e) {
    return { seq: null, conc: null, error: e instanceof Error ? e.message : String(e), note: null };
  }
}

/** The floor's answer is decoded by the driver like the app's own queries; its size is not compared. */
export const floorProbe =
  (db: Db, q: FloorQuery): Probe =>
  async () => {
    const r = await db.run({ text: q.text, params: q.params });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message.split('\n')[0]}`);
    return 0;
  };
