// Plain-text report of a bench run: one table row per (size, renderer), then the goals with ratios.
import type { BundleSize } from './bundle-size.ts';
import type { CaseResult } from './measure.ts';
import type { SeedViewResult } from './seed-view.ts';
import type { FrameStats } from './stats.ts';

export const GOALS = {
  panZoomMedianMs: 33,
  panZoomSize: 5000,
  seedViewMs: 1000,
  initialJsGzipBytes: 400 * 1024,
} as const;

export interface BenchReport {
  date: string;
  env: {
    chromium: string;
    cpus: number;
    loadBefore: number[];
    loadAfter: number[];
    gpu: Record<string, string>;
    style: string;
  };
  cases: CaseResult[];
  bundle: BundleSize | { skipped: string };
  seedView: SeedViewResult | { skipped: string };
}

const ms = (x: number | null | undefined): string =>
  x === null || x === undefined || Number.isNaN(x)
    ? '—'
    : x >= 10_000
      ? `${(x / 1000).toFixed(1)} s`
      : `${Math.round(x)} ms`;
const fs = (s: FrameStats | null): string => (s && s.count > 0 ? `${ms(s.median)} / ${ms(s.p95)} (${s.count})` : '—');
const kb = (b: number): string => `${(b / 1024).toFixed(1)} kB`;
const verdict = (ok: boolean): string => (ok ? 'MEETS' : 'MISSES');

/** The goal is judged on the worse gesture: pooling frames would let the phase with more (fast) frames win. */
export const worstMedian = (c: CaseResult): number | null => {
  const ms = [c.pan, c.zoom].filter((s): s is FrameStats => !!s && s.count > 0).map((s) => s.median);
  return ms.length ? Math.max(...ms) : null;
};

export function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function caseTable(cases: readonly CaseResult[]): string {
  const rows = [
    [
      'nodes/edges',
      'renderer',
      'first render',
      'layout',
      'layout time',
      'pan med/p95 (n)',
      'zoom med/p95 (n)',
      'worst median',
      'vs 33 ms',
    ],
  ];
  for (const c of cases) {
    const renderer =
      c.renderer === 'canvas'
        ? 'canvas'
        : c.firstRenderMs === null
          ? 'webgl'
          : c.webglActive
            ? 'webgl'
            : 'webgl (NOT active)';
    const worst = worstMedian(c);
    rows.push([
      `${c.size}/${c.size * 2}`,
      renderer,
      ms(c.firstRenderMs),
      c.layout,
      ms(c.layoutMs),
      fs(c.pan),
      fs(c.zoom),
      ms(worst),
      worst === null ? '—' : `×${(worst / GOALS.panZoomMedianMs).toFixed(2)}`,
    ]);
  }
  return table(rows);
}

export function goalLines(r: BenchReport): string[] {
  const out: string[] = [];
  for (const c of r.cases.filter((x) => x.size === GOALS.panZoomSize)) {
    const m = worstMedian(c);
    out.push(
      m === null
        ? `- ${GOALS.panZoomSize} nodes pan/zoom median ≤ ${GOALS.panZoomMedianMs} ms [${c.renderer}]: not measured`
        : `- ${GOALS.panZoomSize} nodes pan/zoom median ≤ ${GOALS.panZoomMedianMs} ms [${c.renderer}]: ${ms(m)} (worse of pan ${ms(c.pan?.median)} and zoom ${ms(c.zoom?.median)}; ratio ${(m / GOALS.panZoomMedianMs).toFixed(2)}) ${verdict(m <= GOALS.panZoomMedianMs)}`,
    );
  }
  if (!r.cases.some((x) => x.size === GOALS.panZoomSize))
    out.push(`- ${GOALS.panZoomSize}-node pan/zoom: not measured (size not in --sizes)`);
  if ('skipped' in r.seedView)
    out.push(`- seed view first render ≤ ${GOALS.seedViewMs} ms: skipped (${r.seedView.skipped})`);
  else {
    const s = r.seedView;
    out.push(
      `- seed view first render ≤ ${GOALS.seedViewMs} ms: ${ms(s.ms)} from navigation (median of ${s.runs.length} cold loads: ${s.runs.join(', ')} ms), ${s.nodes} nodes/${s.edges} edges, ${s.renderer} (ratio ${(s.ms / GOALS.seedViewMs).toFixed(2)}) ${verdict(s.ms <= GOALS.seedViewMs)}`,
    );
  }
  if ('skipped' in r.bundle)
    out.push(`- initial JS ≤ ${kb(GOALS.initialJsGzipBytes)} gzip: skipped (${r.bundle.skipped})`);
  else {
    const b = r.bundle;
    out.push(
      `- initial JS ≤ ${kb(GOALS.initialJsGzipBytes)} gzip: ${kb(b.initial.gzipBytes)} gzip (${kb(b.initial.rawBytes)} raw, ${b.initial.files.join(', ')}) (ratio ${(b.initial.gzipBytes / GOALS.initialJsGzipBytes).toFixed(2)}) ${verdict(b.initial.gzipBytes <= GOALS.initialJsGzipBytes)}`,
      `  total JS: ${kb(b.total.gzipBytes)} gzip in ${b.total.files} files (${kb(b.total.rawBytes)} raw)`,
    );
  }
  return out;
}

export function formatReport(r: BenchReport): string {
  const notes = r.cases.flatMap((c) => c.notes.map((n) => `- ${c.size} ${c.renderer}: ${n}`));
  return [
    `Render bench ${r.date} — ${r.env.chromium}, ${r.env.cpus} CPUs, load avg ${r.env.loadBefore.map((x) => x.toFixed(1)).join('/')} before, ${r.env.loadAfter.map((x) => x.toFixed(1)).join('/')} after`,
    ...Object.entries(r.env.gpu).map(([k, v]) => `WebGL reported by the ${k} browser: ${v}`),
    `Style: ${r.env.style}. Frame time = every requestAnimationFrame interval (performance.now) during real mouse drag (pan: 120 moves) and wheel (zoom: 40 in, 40 out), inputs fired at 125 Hz without waiting for the page; median / p95 (frames).`,
    '',
    caseTable(r.cases),
    '',
    'Goals:',
    ...goalLines(r),
    ...(notes.length ? ['', 'Notes:', ...notes] : []),
  ].join('\n');
}
