import { describe, expect, it } from 'vitest';
import { initialScripts } from './bundle-size.ts';
import type { CaseResult } from './measure.ts';
import { caseTable, formatReport, goalLines, type BenchReport } from './report.ts';

const stats = (median: number) => ({ count: 50, median, p95: median * 2, max: median * 3 });
const row = (over: Partial<CaseResult>): CaseResult => ({
  size: 5000,
  renderer: 'canvas',
  webglActive: false,
  gpu: 'SwiftShader',
  nodes: 5000,
  edges: 10000,
  firstRenderMs: 900,
  layout: 'fcose draft',
  layoutMs: 4000,
  pan: stats(20),
  zoom: stats(30),
  panZoom: stats(25),
  draws: 40,
  busy: null,
  notes: [],
  ...over,
});
const report = (cases: CaseResult[]): BenchReport => ({
  date: '2025-01-01',
  env: { chromium: 'Chromium 1', cpus: 2, loadBefore: [1, 1, 1], loadAfter: [2, 2, 2], gpu: {}, style: 'app' },
  cases,
  bundle: {
    initial: { files: ['/assets/index.js'], rawBytes: 900_000, gzipBytes: 300 * 1024 },
    total: { files: 3, rawBytes: 1, gzipBytes: 1 },
  },
  seedView: { skipped: 'no --url' },
});

describe('report', () => {
  it('judges the 5k goal per renderer with the ratio', () => {
    const lines = goalLines(
      report([row({}), row({ renderer: 'webgl', webglActive: true, pan: stats(17), zoom: stats(2000) })]),
    );
    expect(lines[0]).toMatch(/\[canvas\]: 30 ms \(worse of pan 20 ms and zoom 30 ms; ratio 0\.91\) MEETS/);
    expect(lines[1]).toMatch(/\[webgl\]: 2000 ms .*ratio 60\.61\) MISSES/);
    expect(lines.join('\n')).toMatch(/seed view.*skipped \(no --url\)/);
    expect(lines.join('\n')).toMatch(/300\.0 kB gzip .*MEETS/);
  });
  it('flags a WebGL run where WebGL did not switch on, and prints notes', () => {
    expect(caseTable([row({ renderer: 'webgl', webglActive: false })])).toContain('webgl (NOT active)');
    expect(formatReport(report([row({ notes: ['zoom capped'] })]))).toContain('- 5000 canvas: zoom capped');
  });
  it('shows dashes for steps that did not run', () => {
    expect(caseTable([row({ firstRenderMs: null, pan: null, zoom: null, panZoom: null })])).toMatch(/—/);
  });
});

describe('initialScripts', () => {
  it('finds entry scripts and modulepreloads in built index.html', () => {
    const html =
      '<script type="module" crossorigin src="/assets/index-abc.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-def.js">' +
      '<link rel="stylesheet" href="/assets/index.css">';
    expect(initialScripts(html)).toEqual(['/assets/index-abc.js', '/assets/vendor-def.js']);
  });
});
