import { describe, expect, it } from 'vitest';
import { parseFigureArgs } from './args.ts';
import { paramsFromHeader } from './queryHeader.ts';

describe('parseFigureArgs', () => {
  it('parses a view figure with an exact size and flags', () => {
    const r = parseFigureArgs([
      '--view',
      'kursk',
      '--out',
      'a.png',
      '--width',
      '1200',
      '--height',
      '800',
      '--no-sources',
      '--seed',
      '7',
    ]);
    expect(r.ok && r.args).toMatchObject({
      view: 'kursk',
      format: 'png',
      width: 1200,
      height: 800,
      sources: false,
      legend: true,
      seed: 7,
    });
  });
  it('defaults: seed 1, scale 2, full region, FIGURE_URL', () => {
    const r = parseFigureArgs(['--query', 'q.cypher', '--out', 'a.svg'], { FIGURE_URL: 'http://x/' });
    expect(r.ok && r.args).toMatchObject({ seed: 1, scale: 2, region: 'full', format: 'svg', url: 'http://x/' });
  });
  it('rejects contradictions with a clear message', () => {
    const err = (a: string[]) => (parseFigureArgs(a) as { ok: false; error: string }).error;
    expect(err(['--out', 'a.png'])).toContain('exactly one of --view and --query');
    expect(err(['--view', 'a', '--query', 'b', '--out', 'a.png'])).toContain('exactly one');
    expect(err(['--view', 'a', '--out', 'a.gif'])).toContain('.png, .svg or .pdf');
    expect(err(['--view', 'a', '--out', 'a.png', '--width', '100'])).toContain('both --width and --height');
    expect(err(['--view', 'a', '--out', 'a.png', '--scale', '9'])).toContain('--scale');
    expect(err(['--view', 'a', '--out', 'a.png', '--bogus'])).toContain('bogus');
  });
  it('takes a PDF with a report preset, and SVG text as paths on request', () => {
    const pdf = parseFigureArgs(['--view', 'kursk', '--out', 'x.pdf', '--preset', 'column']);
    expect(pdf.ok && pdf.args).toMatchObject({ format: 'pdf', preset: 'column', portable: 'embed' });
    const svg = parseFigureArgs(['--view', 'kursk', '--out', 'x.svg', '--text-as-paths']);
    expect(svg.ok && svg.args).toMatchObject({ format: 'svg', portable: 'paths', preset: undefined });
    const plain = parseFigureArgs(['--view', 'kursk', '--out', 'x.svg', '--no-embed-fonts']);
    expect(plain.ok && plain.args.portable).toBe('none');
    const err = (a: string[]) => (parseFigureArgs(a) as { ok: false; error: string }).error;
    expect(err(['--view', 'a', '--out', 'x.pdf', '--preset', 'poster'])).toBe(
      '--preset is one of column, double, slide, a4',
    );
    expect(err(['--view', 'a', '--out', 'x.pdf', '--preset', 'a4', '--scale', '2'])).toContain('exclude');
    expect(err(['--view', 'a', '--out', 'x.png', '--text-as-paths'])).toContain('for SVG output');
    expect(err(['--view', 'a', '--out', 'x.pdf', '--format', 'svg'])).toContain('does not match');
  });
  it('picks a chart by name; the figure table takes a query', () => {
    const t = parseFigureArgs(['--query', 'conflicting-figures', '--out', 't.svg', '--chart', 'figure-table']);
    expect(t.ok && t.args.chart).toBe('figure-table');
    const d = parseFigureArgs(['--view', 'kursk', '--out', 'd.png']);
    expect(d.ok && d.args.chart).toBe('graph');
    const err = (a: string[]) => (parseFigureArgs(a) as { ok: false; error: string }).error;
    expect(err(['--view', 'a', '--out', 'x.svg', '--chart', 'pie'])).toBe(
      '--chart is one of graph, figure-table, timeline, timeline-figures',
    );
    expect(err(['--view', 'a', '--out', 'x.svg', '--chart', 'figure-table'])).toContain('takes a --query');
    const k = parseFigureArgs([
      '--view',
      'a',
      '--out',
      'x.svg',
      '--chart',
      'timeline-figures',
      '--keys',
      'troops, shells',
    ]);
    expect(k.ok && k.args.keys).toEqual(['troops', 'shells']);
    expect(err(['--view', 'a', '--out', 'x.svg', '--keys', 'troops'])).toContain('--keys goes with');
  });
  it('accepts --all with a folder', () => {
    const r = parseFigureArgs(['--all', '--queries', '--out', 'figs', '--format', 'svg']);
    expect(r.ok && r.args).toMatchObject({ all: true, queries: true, format: 'svg' });
  });
});

describe('query file header', () => {
  it('reads the params header of saved queries', () => {
    expect(paramsFromHeader('// title: x\n// params: {"id": "kursk"}\nMATCH')).toEqual({ id: 'kursk' });
    expect(paramsFromHeader('MATCH (n) RETURN n')).toEqual({});
  });
});
