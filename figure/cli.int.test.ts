// The figure CLI end to end against a real Neo4j: reproducible output, and clean failures
// (clear stderr, non-zero exit, no file) for a bad view, a bad/refused query and an empty result.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { ROOT_DIR } from '../lib/config.ts';
import { testConfig, testDb, wipe } from '../lib/testing/db.ts';
import { runIngest } from '../ingest/index.ts';
import type { Db } from '../lib/neo4j/client.ts';

let db: Db;
let dir: string;
let env: NodeJS.ProcessEnv;

function figure(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', 'figure/cli.ts', ...args], {
      cwd: ROOT_DIR,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  const report = await runIngest(db, { paths: [path.join(ROOT_DIR, 'data')] });
  expect(report.ok).toBe(true);
  dir = mkdtempSync(path.join(os.tmpdir(), 'figure-int-'));
  const views = path.join(dir, 'views');
  mkdirSync(views);
  copyFileSync(path.join(ROOT_DIR, 'data', 'views', 'denials.json'), path.join(views, 'denials.json'));
  const cfg = testConfig();
  env = {
    ...process.env,
    NEO4J_URI: cfg.neo4j.uri,
    NEO4J_USER: cfg.neo4j.user,
    NEO4J_PASSWORD: cfg.neo4j.password,
    VIEWS_DIR: views,
  };
}, 180_000);

afterAll(async () => {
  await db?.close();
});

const files = () => readdirSync(dir).filter((f) => f !== 'views');

describe('figure CLI', () => {
  it('renders the same view twice to the same picture', async () => {
    const a = path.join(dir, 'a.png');
    const b = path.join(dir, 'b.png');
    const common = [
      '--view',
      'denials',
      '--width',
      '1200',
      '--height',
      '800',
      '--title',
      'Denials',
      '--date',
      '2024-11-01',
    ];
    const r1 = await figure([...common, '--out', a]);
    expect(r1.stderr).toContain('wrote');
    expect(r1.code).toBe(0);
    const r2 = await figure([...common, '--out', b]);
    expect(r2.code).toBe(0);
    const pa = PNG.sync.read(readFileSync(a));
    const pb = PNG.sync.read(readFileSync(b));
    expect([pa.width, pa.height]).toEqual([1200, 800]);
    let diff = 0;
    for (let i = 0; i < pa.data.length; i += 4) if (pa.data.readUInt32BE(i) !== pb.data.readUInt32BE(i)) diff++;
    expect(diff / (pa.width * pa.height)).toBeLessThan(0.001);
  }, 180_000);

  it('writes an SVG with the labels as text', async () => {
    const out = path.join(dir, 'q.svg');
    const r = await figure(['--query', 'denials.cypher', '--out', out, '--date', '2024-11-01']);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/<text[^>]*>North Korea<\/text>/);
    expect(svg).toContain('Generated from query denials.cypher');
  }, 120_000);

  it('fails clearly on an unknown view, writing nothing', async () => {
    const out = path.join(dir, 'missing.png');
    const r = await figure(['--view', 'no-such-view', '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('no saved view named "no-such-view"');
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('fails clearly on a syntax error, a refused write and a result without a graph', async () => {
    const before = files();
    const bad = await figure(['--query', 'MATCH (n RETURN n', '--out', path.join(dir, 'bad.png')]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/query failed: .*(Invalid input|SyntaxError|syntax)/i);
    const refused = await figure(['--query', 'CREATE (n:Oops) RETURN n', '--out', path.join(dir, 'refused.png')]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/refused/i);
    const empty = await figure(['--query', 'RETURN 1 AS one', '--out', path.join(dir, 'empty.png')]);
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toContain('returned no graph');
    expect(files()).toEqual(before);
  }, 180_000);

  it('rejects bad arguments with usage', async () => {
    const r = await figure(['--view', 'x', '--out', path.join(dir, 'x.gif')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage:');
  }, 60_000);
});

/** Page size in mm and the text of a PDF, read with pdfjs-dist as a reader would extract it. */
async function readPdf(file: string): Promise<{ pages: number; widthMm: number; heightMm: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  const page = await pdf.getPage(1);
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const content = await page.getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
  const mm = (pt: number) => (pt / 72) * 25.4;
  return { pages: pdf.numPages, widthMm: mm(x1 - x0), heightMm: mm(y1 - y0), text };
}

describe('figure CLI: report presets, PDF and portable SVG', () => {
  it('writes a vector PDF on the single-column page (85 mm) with its text extractable', async () => {
    const out = path.join(dir, 'column.pdf');
    const r = await figure(['--view', 'denials', '--out', out, '--preset', 'column', '--title', 'Denials']);
    expect(r.stderr).toContain('wrote');
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(out);
    expect(pdf.pages).toBe(1);
    expect(pdf.widthMm).toBeCloseTo(85, 1);
    // The column's height follows the content: the graph area (4:3) plus every source.
    expect(pdf.heightMm).toBeGreaterThan(85 * 0.75);
    const words = pdf.text.replace(/\s+/g, ' ');
    expect(words).toContain('Denials');
    expect(words).toContain('Russia');
    expect(words).toContain('Sources');
    expect(words).not.toContain('more (see the data export)');
  }, 180_000);

  it('writes an SVG with text as glyph outlines on request, and a font subset by default', async () => {
    const paths = path.join(dir, 'paths.svg');
    const r = await figure(['--view', 'denials', '--out', paths, '--text-as-paths', '--title', 'Denials']);
    expect(r.code).toBe(0);
    const svg = readFileSync(paths, 'utf8');
    expect(svg).not.toMatch(/<text\b/);
    expect(svg).toContain('<title>Denials</title>');
    const embedded = path.join(dir, 'embedded.svg');
    expect((await figure(['--view', 'denials', '--out', embedded])).code).toBe(0);
    const text = readFileSync(embedded, 'utf8');
    expect(text).toMatch(/@font-face\{font-family:'DejaVu Sans';font-weight:normal;src:url\(data:font\/ttf;base64,/);
    expect(text).toMatch(/<text[^>]*>Russia<\/text>/);
  }, 180_000);
});

describe('figure CLI: --chart', () => {
  it('draws the saved report "conflicting-figures" as a figure table, every estimate with its claimant', async () => {
    const out = path.join(dir, 'table.svg');
    const r = await figure(['--query', 'conflicting-figures', '--chart', 'figure-table', '--out', out]);
    expect(r.stderr).toContain('wrote');
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    for (const part of ['1,500', '3,000', '10,000', '11,000', 'US Department of Defense', 'Sources'])
      expect(svg).toContain(part);
    expect(svg).toContain('Generated from query conflicting-figures.cypher');
    // Portable like the graph's SVG: the DejaVu subset it is drawn in travels with it.
    expect(svg).toMatch(/@font-face\{font-family:'DejaVu Sans'/);
  }, 180_000);

  it("draws a view's timeline as a PDF on the single-column page", async () => {
    const out = path.join(dir, 'timeline.pdf');
    const r = await figure([
      '--view',
      'denials',
      '--chart',
      'timeline',
      '--preset',
      'column',
      '--out',
      out,
      '--title',
      'When',
    ]);
    expect(r.code).toBe(0);
    const pdf = await readPdf(out);
    expect(pdf.widthMm).toBeCloseTo(85, 1);
    expect(pdf.text.replace(/\s+/g, ' ')).toContain('When');
  }, 180_000);
});

describe('figure CLI: --query <saved query name>', () => {
  it('runs the saved report query of that name, titled by its header (the README command)', async () => {
    const out = path.join(dir, 'troops.svg');
    const r = await figure(['--query', 'troop-figures', '--out', out, '--date', '2024-11-01']);
    expect(r.stderr).not.toContain('Invalid input');
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('<title>Who claims how many North Korean troops, and when</title>');
    expect(svg).toContain('Generated from query troop-figures.cypher');
    expect(svg).toMatch(/<text[^>]*>North Korea<\/text>/);
  }, 120_000);

  it('names the saved queries when the name is unknown, and writes nothing', async () => {
    const out = path.join(dir, 'nope.svg');
    const r = await figure(['--query', 'troop-figurez', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no saved query named "troop-figurez"');
    expect(r.stderr).toContain('troop-figures');
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
