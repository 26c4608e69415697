// One image source: every figure (the graph, the timeline, the figure table) is first an SVG document.
// The PNG is that SVG rasterised by the browser; the PDF is that SVG converted to vector (pdf.ts).
import { layoutFigure, type FurnitureContent, type Measure } from './layout.ts';
import { bodyTransform, svgShell } from './svg.ts';
import { pageMm, presetById, presetSize } from './presets.ts';

/** Installed on every machine we render on (Debian: fonts-dejavu-core); named first so runs match. */
export const FIGURE_FONT = "'DejaVu Sans', Arial, Helvetica, sans-serif";

export interface FigureDocument {
  svg: string;
  /** Output pixels (the SVG's width and height). */
  width: number;
  height: number;
  title?: string;
  /** The PDF page in millimetres (a report preset's); else the pixels at 96 per inch. */
  page?: { width: number; height: number };
}

/** `unit`: the furniture unit a print preset fixes (presets.ts `presetSize`). */
export type FigureSize =
  | { kind: 'scale'; scale: number }
  | { kind: 'size'; width: number; height: number; unit?: number }
  | { kind: 'width'; width: number; unit: number; graphShare: number };

/** A chart drawn in its own coordinates (0..width × 0..height), to be framed with the figure furniture. */
export interface ChartBody {
  /** SVG markup in chart coordinates. */
  svg: string;
  width: number;
  height: number;
}

export interface ChartFrame {
  size: FigureSize;
  /** A report preset (presets.ts): its size replaces `size`, and the PDF gets its page in millimetres. */
  preset?: string;
  transparent: boolean;
  title?: string;
  content: FurnitureContent;
  measure: Measure;
}

/** A chart with title, caption, legend, sources and origin line, laid out exactly like a graph figure. */
export function chartDocument(body: ChartBody, f: ChartFrame): FigureDocument {
  const preset = f.preset ? presetById(f.preset) : undefined;
  if (f.preset && !preset) throw new Error(`unknown figure preset "${f.preset}"`);
  const size = preset ? presetSize(preset) : f.size;
  const layout = layoutFigure({
    size:
      size.kind === 'size'
        ? { kind: 'size', width: Math.round(size.width), height: Math.round(size.height), unit: size.unit }
        : size.kind === 'width'
          ? { ...size, width: Math.round(size.width) }
          : { kind: 'scale', scale: size.scale, graphWidth: body.width, graphHeight: body.height },
    content: f.content,
    fontFamily: FIGURE_FONT,
    measure: f.measure,
  });
  const frame = { x: 0, y: 0, w: body.width, h: body.height };
  const svg = svgShell(
    layout,
    { background: f.transparent ? null : '#ffffff', fontFamily: FIGURE_FONT, title: f.title },
    [
      `<g clip-path="url(#graph-area)"><g class="chart" transform="${bodyTransform(frame, layout.graph)}">`,
      body.svg,
      '</g></g>',
    ],
  );
  const page = preset ? { page: pageMm(layout.width, layout.height, preset) } : {};
  return { svg, width: layout.width, height: layout.height, title: f.title, ...page };
}

export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('could not rasterise the figure'));
    img.src = src;
  });
}

/** The document as a PNG (base64, no data: prefix), exactly width × height pixels: the SVG, rasterised. */
export async function documentPng(doc: FigureDocument): Promise<string> {
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(doc.svg)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(doc.width);
  canvas.height = Math.round(doc.height);
  canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

/** File formats every figure document can be written as. */
export type FigureFormat = 'svg' | 'png' | 'pdf';

export const FIGURE_MIME: Record<FigureFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
};

/** Binary formats travel as base64; SVG as text. */
export const isBinaryFormat = (format: FigureFormat): boolean => format !== 'svg';

const WRITERS: Record<FigureFormat, (doc: FigureDocument) => Promise<string>> = {
  svg: async (doc) => doc.svg,
  png: documentPng,
  // jsPDF and svg2pdf load only when a PDF is asked for.
  pdf: async (doc) => (await import('./pdf.ts')).documentPdf(doc),
};

/** The document in a file format, as a string: SVG text, or base64 bytes for binary formats (the CLI's wire form). */
export async function documentText(doc: FigureDocument, format: FigureFormat): Promise<string> {
  return WRITERS[format](doc);
}
