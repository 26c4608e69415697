// A small XML reader for the figure SVG (works in node and the browser alike): elements, attributes, text,
// and the affine transform each element is drawn with. Enough for documents our own writer produces.
export interface SvgEl {
  name: string;
  attrs: Record<string, string>;
  children: SvgEl[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (ENTITIES[e] ?? m),
  );
}

function attrsOf(src: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of src.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1]!] = unescapeXml(m[3] ?? m[4] ?? '');
  return out;
}

/** The document's root element. Comments, the XML declaration and CDATA-free text are handled. */
export function parseSvg(svg: string): SvgEl {
  const root: SvgEl = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: SvgEl[] = [root];
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([\w:-]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of svg.matchAll(re)) {
    const top = stack.at(-1)!;
    if (m[5] !== undefined) {
      top.text += unescapeXml(m[5]);
      continue;
    }
    if (!m[2]) continue;
    if (m[1]) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const el: SvgEl = { name: m[2], attrs: attrsOf(m[3] ?? ''), children: [], text: '' };
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  return root.children.find((c) => c.name === 'svg') ?? root;
}

/** Affine matrix [a b c d e f] as in SVG: x' = a x + c y + e, y' = b x + d y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** translate(), scale(), rotate() and matrix() lists, applied left to right like SVG. */
export function parseTransform(t: string | undefined): Matrix {
  let m = IDENTITY;
  for (const [, fn, args] of (t ?? '').matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const v = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const r = ((v[0] ?? 0) * Math.PI) / 180;
    const step: Matrix =
      fn === 'translate'
        ? [1, 0, 0, 1, v[0] ?? 0, v[1] ?? 0]
        : fn === 'scale'
          ? [v[0] ?? 1, 0, 0, v[1] ?? v[0] ?? 1, 0, 0]
          : fn === 'rotate'
            ? [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]
            : fn === 'matrix' && v.length === 6
              ? (v as Matrix)
              : IDENTITY;
    m = multiply(m, step);
  }
  return m;
}

export function apply(m: Matrix, p: { x: number; y: number }): { x: number; y: number } {
  return { x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] };
}
