// An SVG that looks the same on a machine without our fonts: either a subset of DejaVu Sans embedded as an
// @font-face data: URL (only the glyphs the figure uses), or every <text> replaced by its glyph outlines.
// Works on the SVG text the figure writers produce (svg.ts: one <text> per line, attributes on the element, no
// tspans), so it runs the same in the browser and in node tests.
import opentype from 'opentype.js';
import { EMBEDDED_FAMILY, isBold, toBase64, type FontFiles } from './fonts.ts';
import { num } from './xml.ts';

export type PortableMode = 'none' | 'embed' | 'paths';

export interface ParsedFonts {
  regular: opentype.Font;
  bold: opentype.Font;
}

export const parseFonts = (files: FontFiles): ParsedFonts => ({
  regular: opentype.parse(files.regular),
  bold: opentype.parse(files.bold),
});

const TEXT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const ATTR = /([\w:-]+)="([^"]*)"/g;

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

function attrsOf(s: string): Map<string, string> {
  return new Map([...s.matchAll(ATTR)].map((m) => [m[1]!, m[2]!]));
}

/** The characters every <text> of the SVG draws, bold ones apart. */
function usedChars(svg: string): { regular: Set<string>; bold: Set<string> } {
  const out = { regular: new Set<string>(), bold: new Set<string>() };
  for (const m of svg.matchAll(TEXT)) {
    const set = isBold(attrsOf(m[1]!).get('font-weight')) ? out.bold : out.regular;
    for (const ch of unescapeXml(m[2]!)) set.add(ch);
  }
  return out;
}

/** A TrueType font with only .notdef and the glyphs of `chars`. */
export function subsetFont(font: opentype.Font, chars: Set<string>, style: string): ArrayBuffer {
  const glyphs = [font.glyphs.get(0)];
  for (const ch of [...chars].sort()) {
    const g = font.charToGlyph(ch);
    const code = ch.codePointAt(0)!;
    glyphs.push(
      new opentype.Glyph({ name: `u${code.toString(16)}`, unicode: code, advanceWidth: g.advanceWidth, path: g.path }),
    );
  }
  return new opentype.Font({
    familyName: EMBEDDED_FAMILY,
    styleName: style,
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascender,
    descender: font.descender,
    glyphs,
  }).toArrayBuffer();
}

const fontFace = (bytes: ArrayBuffer, weight: string): string =>
  `@font-face{font-family:'${EMBEDDED_FAMILY}';font-weight:${weight};src:url(data:font/ttf;base64,${toBase64(bytes)}) format('truetype')}`;

/** Every text asks for the embedded family first. */
const preferEmbedded = (svg: string): string =>
  svg.replace(TEXT, (whole, attrs: string, body: string) => {
    const a = attrs.replace(/font-family="([^"]*)"/, (_, fam: string) =>
      fam.includes(EMBEDDED_FAMILY) ? `font-family="${fam}"` : `font-family="'${EMBEDDED_FAMILY}', ${fam}"`,
    );
    return a === attrs ? whole : `<text${a}>${body}</text>`;
  });

export function embedFontSubset(svg: string, fonts: ParsedFonts): string {
  const chars = usedChars(svg);
  const faces = [
    chars.regular.size ? fontFace(subsetFont(fonts.regular, chars.regular, 'Book'), 'normal') : '',
    chars.bold.size ? fontFace(subsetFont(fonts.bold, chars.bold, 'Bold'), 'bold') : '',
  ].join('');
  if (!faces) return svg;
  return preferEmbedded(svg).replace(/(<svg\b[^>]*>)/, `$1\n<defs><style>${faces}</style></defs>`);
}

/** Outline path of one line of text at (x, y) (baseline), with kerning. */
export function textPath(
  font: opentype.Font,
  text: string,
  x: number,
  y: number,
  size: number,
  anchor: string,
): string {
  const glyphs = [...text].map((ch) => font.charToGlyph(ch));
  const scale = size / font.unitsPerEm;
  const advances = glyphs.map((g, i) => {
    const next = glyphs[i + 1];
    return ((g.advanceWidth ?? 0) + (next ? font.getKerningValue(g, next) : 0)) * scale;
  });
  const width = advances.reduce((a, b) => a + b, 0);
  let pen = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  let d = '';
  glyphs.forEach((g, i) => {
    d += g.getPath(pen, y, size).toPathData(2);
    pen += advances[i]!;
  });
  return d;
}

const PAINT = ['fill', 'stroke', 'stroke-width', 'stroke-linejoin', 'paint-order', 'opacity', 'fill-opacity'];

export function textAsPaths(svg: string, fonts: ParsedFonts): string {
  return svg.replace(TEXT, (_, attrs: string, body: string) => {
    const a = attrsOf(attrs);
    const font = isBold(a.get('font-weight')) ? fonts.bold : fonts.regular;
    const d = textPath(
      font,
      unescapeXml(body),
      Number(a.get('x') ?? 0),
      Number(a.get('y') ?? 0),
      Number(a.get('font-size') ?? 16),
      a.get('text-anchor') ?? 'start',
    );
    const paint = PAINT.flatMap((k) => (a.has(k) ? [` ${k}="${a.get(k)}"`] : [])).join('');
    // The words stay in the document as an accessible name, though no longer as drawn text.
    return `<path d="${d || `M${num(0)} ${num(0)}`}"${paint}><title>${body}</title></path>`;
  });
}

export function portableSvg(svg: string, mode: PortableMode, fonts: ParsedFonts): string {
  return mode === 'embed' ? embedFontSubset(svg, fonts) : mode === 'paths' ? textAsPaths(svg, fonts) : svg;
}
