// Command-line arguments of `npm run figure`. Pure: argv in, options or a usage error out.
import { parseArgs } from 'node:util';
import { FIGURE_PRESETS } from '../web/src/export/presets.ts';
import { CHART_NAMES } from './charts.ts';

export interface FigureArgs {
  view?: string;
  query?: string;
  all: boolean;
  queries: boolean;
  out: string;
  format: 'png' | 'svg' | 'pdf';
  /** Which figure (figure/charts.ts): graph (default), figure-table, timeline, timeline-figures. */
  chart: string;
  /** timeline-figures: the figure keys drawn (`--keys troops,casualties`); all when absent. */
  keys?: string[];
  /** A report preset (web/src/export/presets.ts): column, double, slide, a4. */
  preset?: string;
  /** SVG: 'embed' a font subset (default), 'paths' (--text-as-paths), 'none' (--no-embed-fonts). */
  portable: 'embed' | 'paths' | 'none';
  width?: number;
  height?: number;
  scale: number;
  title?: string;
  caption?: string;
  layout?: string;
  theme?: string;
  seed: number;
  transparent: boolean;
  legend: boolean;
  sources: boolean;
  origin: boolean;
  region: 'full' | 'viewport';
  date?: string;
  url?: string;
}

export const USAGE = `usage: npm run figure -- (--view <saved view name or URL> | --query <file.cypher or text>) --out <file.png|file.svg|file.pdf>
       npm run figure -- --all [--queries] --out <folder> [--format png|svg|pdf]
options: --chart graph|figure-table|timeline|timeline-figures (default graph; figure-table with a --query)
         --keys <figure,keys> (timeline-figures: which figures, e.g. troops)
         --width <px> --height <px> (exact size) | --scale <1-4> | --preset column|double|slide|a4
         --text-as-paths | --no-embed-fonts (SVG; default: a font subset embedded)   --title <text> --caption <text>
         --layout <id> --theme <style id> --seed <n> (default 1) --transparent --region full|viewport
         --no-legend --no-sources --no-origin --date <YYYY-MM-DD> --url <running app URL> (or FIGURE_URL)`;

const PRESETS: readonly string[] = FIGURE_PRESETS.map((p) => p.id);

export type ParseResult = { ok: true; args: FigureArgs } | { ok: false; error: string };

const positiveInt = (name: string, v: string | undefined, min: number, max: number): number | undefined | string => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    return `--${name} must be an integer from ${min} to ${max}, got "${v}"`;
  return n;
};

export function parseFigureArgs(argv: string[], env: Record<string, string | undefined> = {}): ParseResult {
  let v;
  try {
    v = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        view: { type: 'string' },
        query: { type: 'string' },
        all: { type: 'boolean', default: false },
        queries: { type: 'boolean', default: false },
        out: { type: 'string' },
        format: { type: 'string' },
        width: { type: 'string' },
        height: { type: 'string' },
        scale: { type: 'string' },
        title: { type: 'string' },
        caption: { type: 'string' },
        layout: { type: 'string' },
        theme: { type: 'string' },
        seed: { type: 'string' },
        transparent: { type: 'boolean', default: false },
        'no-legend': { type: 'boolean', default: false },
        'no-sources': { type: 'boolean', default: false },
        'no-origin': { type: 'boolean', default: false },
        region: { type: 'string' },
        date: { type: 'string' },
        url: { type: 'string' },
        preset: { type: 'string' },
        chart: { type: 'string' },
        keys: { type: 'string' },
        'text-as-paths': { type: 'boolean', default: false },
        'no-embed-fonts': { type: 'boolean', default: false },
      },
    }).values;
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  const fail = (error: string): ParseResult => ({ ok: false, error });
  if (!v.out) return fail('--out is required');
  const sources = [v.view, v.query].filter((s) => s !== undefined).length;
  if (v.all ? sources > 0 : sources !== 1)
    return fail(v.all ? '--all takes no --view/--query' : 'give exactly one of --view and --query');
  if (v.queries && !v.all) return fail('--queries only goes with --all');
  const ext = /\.(png|svg|pdf)$/i.exec(v.out)?.[1]?.toLowerCase();
  const format = (v.format ?? ext ?? (v.all ? 'png' : undefined)) as string | undefined;
  if (format !== 'png' && format !== 'svg' && format !== 'pdf')
    return fail('--out must end in .png, .svg or .pdf (or give --format png|svg|pdf)');
  if (!v.all && ext !== format) return fail(`--out "${v.out}" does not match --format ${format}`);
  const width = positiveInt('width', v.width, 100, 16000);
  const height = positiveInt('height', v.height, 100, 16000);
  const seed = positiveInt('seed', v.seed, 0, 2 ** 31 - 1);
  for (const x of [width, height, seed]) if (typeof x === 'string') return fail(x);
  if ((width === undefined) !== (height === undefined)) return fail('give both --width and --height, or neither');
  const scale = v.scale === undefined ? 2 : Number(v.scale);
  if (!(scale >= 1 && scale <= 4)) return fail(`--scale must be from 1 to 4, got "${v.scale}"`);
  if (v.scale !== undefined && width !== undefined) return fail('--scale and --width/--height exclude each other');
  const region = v.region ?? 'full';
  if (region !== 'full' && region !== 'viewport') return fail('--region is full or viewport');
  if (v.preset !== undefined && !PRESETS.includes(v.preset)) return fail(`--preset is one of ${PRESETS.join(', ')}`);
  if (v.preset !== undefined && (width !== undefined || v.scale !== undefined))
    return fail('--preset and --width/--height/--scale exclude each other');
  if (v['text-as-paths'] && v['no-embed-fonts']) return fail('--text-as-paths and --no-embed-fonts exclude each other');
  if ((v['text-as-paths'] || v['no-embed-fonts']) && format !== 'svg')
    return fail('--text-as-paths and --no-embed-fonts are for SVG output');
  if (v.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return fail('--date is YYYY-MM-DD');
  const chart = v.chart ?? 'graph';
  if (!CHART_NAMES.includes(chart)) return fail(`--chart is one of ${CHART_NAMES.join(', ')}`);
  if (chart === 'figure-table' && v.view !== undefined) return fail('--chart figure-table takes a --query');
  const keys = v.keys
    ?.split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (keys !== undefined && chart !== 'timeline-figures') return fail('--keys goes with --chart timeline-figures');
  return {
    ok: true,
    args: {
      view: v.view,
      query: v.query,
      all: v.all ?? false,
      queries: v.queries ?? false,
      out: v.out,
      format,
      preset: v.preset,
      chart,
      keys,
      portable: v['text-as-paths'] ? 'paths' : v['no-embed-fonts'] ? 'none' : 'embed',
      width: width as number | undefined,
      height: height as number | undefined,
      scale,
      title: v.title,
      caption: v.caption,
      layout: v.layout,
      theme: v.theme,
      seed: (seed as number | undefined) ?? 1,
      transparent: v.transparent ?? false,
      legend: !v['no-legend'],
      sources: !v['no-sources'],
      origin: !v['no-origin'],
      region,
      date: v.date,
      url: v.url ?? env.FIGURE_URL,
    },
  };
}
