// The overlap check of an exported figure, computed from the SVG's own geometry: each label group's box
// is the union of its text lines (measured from their font and text) and background, each node's box is
// its shape path's extent, both mapped through the document's transforms. It knows nothing of the placer.
import type { Measure } from '../layout.ts';
import type { FontSpec, Pt } from '../types.ts';
import { aabbOf, overlaps, rectQuad, type Aabb, type Quad } from './overlapMath.ts';
import { apply, IDENTITY, multiply, parseSvg, parseTransform, type Matrix, type SvgEl } from './svgTree.ts';

/** Ink extent of a text line around its baseline, in em (DejaVu Sans: caps 0.73, descenders 0.24). */
const ASCENT = 0.76;
const DESCENT = 0.22;

export interface Shape {
  kind: 'node-label' | 'edge-label' | 'node';
  /** The element's data-id (a label's is its node's or edge's). */
  id: string;
  text: string;
  quad: Quad;
}

export interface Overlap {
  kind: 'label-label' | 'label-node';
  a: Shape;
  b: Shape;
}

function fontOf(el: SvgEl, inherited: FontSpec): FontSpec {
  return {
    family: el.attrs['font-family'] ?? inherited.family,
    size: Number(el.attrs['font-size'] ?? inherited.size),
    weight: el.attrs['font-weight'] ?? inherited.weight,
    style: el.attrs['font-style'] ?? inherited.style,
  };
}

function textBox(el: SvgEl, f: FontSpec, measure: Measure): Aabb {
  const x = Number(el.attrs.x ?? 0);
  const y = Number(el.attrs.y ?? 0);
  const w = measure(el.text, f);
  const anchor = el.attrs['text-anchor'] ?? 'start';
  const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  return { x1: left, y1: y - ASCENT * f.size, x2: left + w, y2: y + DESCENT * f.size };
}

/** Extent of a path of absolute M/L/Q/A/Z commands; an arc adds its chord's middle ± its radii. */
export function pathBox(d: string): Aabb | null {
  const pts: Pt[] = [];
  let last: Pt = { x: 0, y: 0 };
  for (const [, cmd, args] of d.matchAll(/([MLQAZ])([^MLQAZ]*)/gi)) {
    const v = args!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (cmd!.toUpperCase() === 'A') {
      const end = { x: v[5] ?? 0, y: v[6] ?? 0 };
      const mid = { x: (last.x + end.x) / 2, y: (last.y + end.y) / 2 };
      const [rx, ry] = [Math.abs(v[0] ?? 0), Math.abs(v[1] ?? 0)];
      pts.push(end, { x: mid.x - rx, y: mid.y - ry }, { x: mid.x + rx, y: mid.y + ry });
      last = end;
      continue;
    }
    for (let i = 0; i + 1 < v.length; i += 2) pts.push((last = { x: v[i]!, y: v[i + 1]! }));
  }
  return pts.length ? aabbOf(pts) : null;
}

const quadOf = (b: Aabb, m: Matrix): Quad =>
  rectQuad(b.x1, b.y1, b.x2 - b.x1, b.y2 - b.y1).map((p) => apply(m, p)) as Quad;

function union(boxes: Aabb[]): Aabb | null {
  if (!boxes.length) return null;
  return aabbOf(
    boxes.flatMap((b) => [
      { x: b.x1, y: b.y1 },
      { x: b.x2, y: b.y2 },
    ]),
  );
}

function labelShape(g: SvgEl, kind: Shape['kind'], m: Matrix, font: FontSpec, measure: Measure): Shape | null {
  const texts = g.children.filter((c) => c.name === 'text' && c.text.trim());
  const boxes = texts.map((t) => textBox(t, fontOf(t, font), measure));
  for (const r of g.children.filter((c) => c.name === 'rect')) boxes.push(rectBox(r));
  const box = union(boxes);
  if (!box) return null;
  return { kind, id: g.attrs['data-id'] ?? '', text: texts.map((t) => t.text).join(' '), quad: quadOf(box, m) };
}

function rectBox(r: SvgEl): Aabb {
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(r.attrs[k] ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return { x1: x, y1: y, x2: x + w, y2: y + h };
}

const DEFAULT_FONT: FontSpec = { family: 'sans-serif', size: 16, weight: 'normal', style: 'normal' };

/** Every label and node of the figure's graph body (furniture and charts are not part of it). */
export function svgShapes(svg: string, measure: Measure): Shape[] {
  const out: Shape[] = [];
  const walk = (el: SvgEl, m: Matrix, font: FontSpec, inGraph: boolean) => {
    const mm = multiply(m, parseTransform(el.attrs.transform));
    const f = fontOf(el, font);
    const cls = (el.attrs.class ?? '').split(/\s+/);
    const graph = inGraph || cls.includes('graph');
    if (graph && (cls.includes('node-label') || cls.includes('edge-label'))) {
      const s = labelShape(el, cls.includes('node-label') ? 'node-label' : 'edge-label', mm, f, measure);
      if (s) out.push(s);
      return;
    }
    // A compound (parent) node's box holds its children; only leaf shapes are obstacles.
    if (graph && cls.includes('node')) {
      if (cls.includes('parent')) return;
      const path = el.children.find((c) => c.name === 'path');
      const box = path ? pathBox(path.attrs.d ?? '') : null;
      if (box) out.push({ kind: 'node', id: el.attrs['data-id'] ?? '', text: '', quad: quadOf(box, mm) });
      return;
    }
    for (const c of el.children) walk(c, mm, f, graph);
  };
  walk(parseSvg(svg), IDENTITY, DEFAULT_FONT, false);
  return out;
}

/** Label–label overlaps, and labels over a node other than their own. */
export function svgOverlaps(svg: string, measure: Measure): Overlap[] {
  const shapes = svgShapes(svg, measure);
  const boxes = shapes.map((s) => aabbOf(s.quad));
  const out: Overlap[] = [];
  for (let i = 0; i < shapes.length; i++)
    for (let j = i + 1; j < shapes.length; j++) {
      const [a, b] = [shapes[i]!, shapes[j]!];
      if (a.kind === 'node' && b.kind === 'node') continue;
      const [p, q] = [boxes[i]!, boxes[j]!];
      if (p.x2 < q.x1 || q.x2 < p.x1 || p.y2 < q.y1 || q.y2 < p.y1) continue;
      const nodeOf = a.kind === 'node' ? a : b.kind === 'node' ? b : null;
      const label = nodeOf === a ? b : a;
      if (nodeOf && label.kind === 'node-label' && label.id === nodeOf.id) continue;
      if (overlaps(a.quad, b.quad)) out.push({ kind: nodeOf ? 'label-node' : 'label-label', a: label, b: nodeOf ?? b });
    }
  return out;
}
