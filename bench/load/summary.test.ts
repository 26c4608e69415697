import { describe, expect, it } from 'vitest';
import { DEFAULT_ARGS } from './args.ts';
import { FLOOR } from './mix.ts';
import type { RunOutcome } from './run.ts';
import type { Sample } from './stats.ts';
import { fullReport } from './summary.ts';

const counts = { ok: true as const, value: { nodes: 91, relationships: 342, claims: 190 } };
const fixture = { ids: ['kursk'], names: ['Kursk'] };
const at = (endpoint: string, start: number, ms: number, status = 200): Sample => ({
  endpoint,
  start,
  end: start + ms,
  status,
});

/** 35 s steady at 10 ms (floor 5 ms), a kill at 40 s after which nothing answers but 503s. */
function unrecovered(): RunOutcome {
  const samples: Sample[] = [];
  for (let t = 5000; t < 35_000; t += 100) samples.push(at('search', t, 10), at(FLOOR, t, 5));
  for (let t = 40_100; t < 100_000; t += 1000) samples.push(at('search', t, 900, 503));
  return {
    spans: [
      { name: 'warmup', from: 0, to: 5000 },
      { name: 'steady', from: 5000, to: 35_000 },
      { name: 'chaos', from: 35_000, to: 100_000 },
    ],
    samples,
    examples: new Map([['HTTP 503', 'search: Neo4j is not reachable (connect ECONNREFUSED 127.0.0.1:7704).']]),
    kill: { at: 40_000, pid: 4242, error: null },
    recovery: { firstOk: null, recovered: null },
    bomb: { at: 50_000, ms: 1000, code: 503, detail: '376 bytes, error code DatabaseUnavailable' },
    ingest: { at: 50_000, ms: 4000, code: 2, detail: 'Is Neo4j running?' },
  };
}

describe('fullReport', () => {
  it('reports an unrecovered kill honestly, with the floor ratio and every verdict', () => {
    const text = fullReport(DEFAULT_ARGS, fixture, unrecovered(), counts, { ...counts, source: 'store reopened' });
    expect(text).toMatch(/\| search +\| 300 +\| 10\.0 +\| 10 ms +\| 10 ms +\| 10 ms +\| 10 ms +\| 2\.00× +\| 41 ms/);
    expect(text).toContain('kill -9 of the JVM (pid 4242) at +5.0 s of chaos');
    expect(text).toContain('first 200 on a database endpoint: none within 60 s');
    expect(text).toContain('in the kill window: 60 requests, failed: 60 × HTTP 503');
    expect(text).toContain('PASS  no errors outside the kill window: 0 of 600 requests');
    expect(text).toContain('MISS  recovery within 15 s of the kill: did not recover within 60 s (4.00× of target)');
    // Only search was measured: the endpoints that never answered miss the latency target.
    expect(text).toContain('MISS  p95 <= 100 ms for every endpoint at 50 connections (steady phase): search 0.10×,');
    expect(text).toContain('  HTTP 503 — search: Neo4j is not reachable (connect ECONNREFUSED 127.0.0.1:7704).');
    expect(text).toContain('PASS  node, relationship and claim counts unchanged');
    expect(text).toContain('counts after:  91 nodes, 342 relationships, 190 claims (store reopened)');
  });
});
