import { describe, expect, it } from 'vitest';
import type { PhaseStats } from './load.ts';
import { formatVerdicts, judge } from './judge.ts';
import { endpointTable, fmtBytes, fmtMs, ratio, TARGETS, type EndpointResult } from './report.ts';

const phase = (p50: number, p95: number, bytes = 1000): PhaseStats => ({
  count: 200,
  p50,
  p95,
  max: p95,
  bytes,
  errors: 0,
  firstError: null,
  capped: false,
});
const measured = (p50: number, p95: number, bytes?: number) => ({
  seq: phase(p50, p95, bytes),
  conc: phase(p50 * 3, p95 * 3, bytes),
  error: null,
  note: null,
});
const result = (name: string, ours: [number, number, number?], floor: [number, number]): EndpointResult => ({
  name,
  ours: measured(...ours),
  floor: measured(...floor),
});

describe('formatting', () => {
  it('prints ms, bytes and ratios readably', () => {
    expect(fmtMs(3.14159)).toBe('3.1 ms');
    expect(fmtMs(41.6)).toBe('42 ms');
    expect(fmtMs(12_345)).toBe('12.3 s');
    expect(fmtMs(Number.NaN)).toBe('—');
    expect(fmtBytes(512)).toBe('512 B');
    expect(fmtBytes(256 * 1024)).toBe('256.0 kB');
    expect(ratio(10, 4)).toBe(2.5);
    expect(ratio(10, 0)).toBeNull();
  });
  it('has one row per endpoint with ours, the floor and the ratio, and error rows', () => {
    const rows = [
      result('seed', [8, 12, 4096], [4, 6]),
      { name: 'claims', ours: { seq: null, conc: null, error: 'HTTP 404', note: null }, floor: null },
    ];
    const lines = endpointTable(rows, 16).split('\n');
    expect(lines[0]).toMatch(/endpoint.*seq p50.*seq p95.*16c p50.*16c p95.*bytes.*floor p50.*ratio/);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(
      /seed\s+\| 8\.0 ms\s+\| 12 ms\s+\| 24 ms\s+\| 36 ms\s+\| 4\.0 kB\s+\| 4\.0 ms\s+\| 2\.00× \/ 2\.00×/,
    );
    expect(lines[3]).toMatch(/claims .*ERROR HTTP 404/);
  });
});

describe('judge', () => {
  const draw = { ms: 640, runs: [600, 640, 700], nodes: 16, edges: 40 };
  it('passes every target when every figure is within it', () => {
    const vs = judge([result('seed', [8, 12, 4096], [6, 10])], draw, true);
    expect(vs.map((v) => v.pass)).toEqual([true, true, true, true, true]);
    expect(
      formatVerdicts(vs)
        .split('\n')
        .every((l) => l.startsWith('PASS')),
    ).toBe(true);
  });
  it('names each endpoint that misses, with its figure', () => {
    const vs = judge(
      [result('seed', [20, 30, TARGETS.bytes + 1], [5, 10]), result('schema', [1, 2], [1, 2])],
      { ...draw, ms: 1500 },
      true,
    );
    const [seq, conc, bytes, floor, first] = vs;
    expect(seq).toMatchObject({ pass: false, misses: ['seed 30 ms'] });
    expect(conc).toMatchObject({ pass: true });
    expect(bytes).toMatchObject({ pass: false, misses: ['seed 256.0 kB'] });
    expect(floor).toMatchObject({ pass: false, misses: ['seed 4.00×'] });
    expect(first).toMatchObject({ pass: false, misses: ['median 1500 ms'] });
    expect(formatVerdicts(vs)).toMatch(/^MISS {2}every endpoint p95 <= 25 ms sequentially: seed 30 ms$/m);
  });
  it('counts an endpoint that could not be measured as a miss, not a pass', () => {
    const broken: EndpointResult = {
      name: 'claims',
      ours: { seq: null, conc: null, error: 'HTTP 500', note: null },
      floor: null,
    };
    const vs = judge([broken], { skipped: '--no-browser' }, false);
    expect(vs).toHaveLength(4);
    expect(vs.every((v) => !v.pass)).toBe(true);
    expect(vs[0]!.misses).toEqual(['claims: error']);
  });
});
