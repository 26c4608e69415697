// Command-line arguments of `npm run figure`. Pure: argv in, options or a usage error out.
import { parseArgs } from 'node:util';

export interface FigureArgs {
  view?: string;
  query?: string;
  all: boolean;
  queries: boolean;
  out: string;
  format: 'png' | 'svg';
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

export const USAGE = `usage: npm run figure -- (--view <saved view name or URL> | --query <file.cypher or text>) --out <file.png|file.svg>
       npm run figure -- --all [--queries] --out <folder> [--format png|svg]
options: --width <px> --height <px> (exact size) | --scale <1-4>   --title <text> --caption <text>
         --layout <id> --theme <style id> --seed <n> (default 1) --transparent --region full|viewport
         --no-legend --no-sources --no-origin --date <YYYY-MM-DD> --url <running app URL> (or FIGURE_URL)`;

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
  const ext = /\.(png|svg)$/i.exec(v.out)?.[1]?.toLowerCase();
  const format = (v.format ?? ext ?? (v.all ? 'png' : undefined)) as string | undefined;
  if (format !== 'png' && format !== 'svg') return fail('--out must end in .png or .svg (or give --format png|svg)');
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
  if (v.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return fail('--date is YYYY-MM-DD');
  return {
    ok: true,
    args: {
      view: v.view,
      query: v.query,
      all: v.all ?? false,
      queries: v.queries ?? false,
      out: v.out,
      format,
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
