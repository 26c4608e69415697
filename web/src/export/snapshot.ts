// Reads the live Cytoscape instance into plain figure data (positions + computed style).
// The only export module that touches Cytoscape internals (rscratch: label and edge geometry).
import type cytoscape from 'cytoscape';
import type { ArrowSnap, Claim, GraphSnapshot, LabelSnap, Pt, Rect, SnapEdge, SnapNode } from './types.ts';
import type { ExportGraph } from './data.ts';

export type Region = 'full' | 'viewport';

type Ele = cytoscape.NodeSingular | cytoscape.EdgeSingular;

interface RScratch {
  labelX?: number;
  labelY?: number;
  labelWidth?: number;
  labelHeight?: number;
  labelLineHeight?: number;
  labelWrapCachedLines?: string[];
  labelAngle?: number;
  edgeType?: string;
  allpts?: number[];
  arrowStartX?: number;
  arrowStartY?: number;
  arrowEndX?: number;
  arrowEndY?: number;
}

const scratch = (ele: Ele): RScratch =>
  ((ele as unknown as { _private?: { rscratch?: RScratch } })._private?.rscratch ?? {}) as RScratch;

const str = (ele: Ele, prop: string): string => String(ele.style(prop) ?? '');
const numStyle = (ele: Ele, prop: string): number => {
  const v = ele.numericStyle(prop) as unknown;
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
};

const BEZIER = new Set(['bezier', 'multibezier', 'self', 'compound']);

function labelOf(ele: Ele): LabelSnap | null {
  const text = str(ele, 'label');
  const rs = scratch(ele);
  if (!text || rs.labelX === undefined || rs.labelY === undefined || Number.isNaN(rs.labelX)) return null;
  if (numStyle(ele, 'text-opacity') === 0) return null;
  const isEdge = ele.isEdge();
  const wrap = str(ele, 'text-wrap');
  const lines =
    wrap === 'wrap' && rs.labelWrapCachedLines?.length ? rs.labelWrapCachedLines : [text.replace(/\n/g, ' ')];
  const halign = (isEdge ? 'center' : str(ele, 'text-halign')) as LabelSnap['halign'];
  const valign = (isEdge ? 'center' : str(ele, 'text-valign')) as LabelSnap['valign'];
  const justRaw = str(ele, 'text-justification');
  const justify = (
    justRaw && justRaw !== 'auto' ? justRaw : halign === 'left' ? 'right' : halign === 'right' ? 'left' : 'center'
  ) as LabelSnap['justify'];
  const rotation = str(ele, 'text-rotation');
  const angle =
    rotation === 'autorotate'
      ? isEdge
        ? (rs.labelAngle ?? 0)
        : 0
      : rotation === 'none'
        ? 0
        : numStyle(ele, 'text-rotation');
  const outlineW = numStyle(ele, 'text-outline-width');
  const bgOpacity = numStyle(ele, 'text-background-opacity');
  const fontSize = numStyle(ele, 'font-size');
  return {
    lines,
    x: rs.labelX + numStyle(ele, 'text-margin-x'),
    y: rs.labelY + numStyle(ele, 'text-margin-y'),
    halign,
    valign,
    justify,
    font: {
      family: str(ele, 'font-family'),
      size: fontSize,
      weight: str(ele, 'font-weight') || 'normal',
      style: str(ele, 'font-style') || 'normal',
    },
    color: str(ele, 'color'),
    opacity: numStyle(ele, 'text-opacity') * ele.effectiveOpacity(),
    lineHeight: rs.labelLineHeight ?? fontSize * 1.2,
    width: rs.labelWidth ?? 0,
    height: rs.labelHeight ?? fontSize,
    angle: Number.isFinite(angle) ? angle : 0,
    outline: outlineW > 0 ? { color: str(ele, 'text-outline-color'), width: outlineW } : null,
    background:
      bgOpacity > 0
        ? {
            color: str(ele, 'text-background-color'),
            opacity: bgOpacity,
            padding: numStyle(ele, 'text-background-padding'),
          }
        : null,
  };
}

function nodeOf(n: cytoscape.NodeSingular): SnapNode {
  const p = n.position();
  return {
    id: n.id(),
    name: String(n.data('name') ?? n.id()),
    type: String(n.data('type') ?? ''),
    category: String(n.data('category') ?? ''),
    x: p.x,
    y: p.y,
    w: n.width(),
    h: n.height(),
    shape: str(n, 'shape'),
    fill: str(n, 'background-color'),
    fillOpacity: numStyle(n, 'background-opacity'),
    border: {
      color: str(n, 'border-color'),
      width: numStyle(n, 'border-width'),
      style: str(n, 'border-style'),
      opacity: numStyle(n, 'border-opacity'),
    },
    opacity: n.effectiveOpacity(),
    isParent: n.isParent(),
    label: labelOf(n),
  };
}

function unit(from: Pt, to: Pt): Pt {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: dx / len, y: dy / len };
}

function arrowOf(
  e: cytoscape.EdgeSingular,
  end: 'source' | 'target',
  tip: Pt | null,
  prev: Pt | null,
): ArrowSnap | null {
  const shape = str(e, `${end}-arrow-shape`);
  if (!shape || shape === 'none' || !tip || !prev) return null;
  const width = numStyle(e, 'width');
  const scale = numStyle(e, 'arrow-scale') || 1;
  return {
    shape,
    color: str(e, `${end}-arrow-color`),
    fill: str(e, `${end}-arrow-fill`) === 'hollow' ? 'hollow' : 'filled',
    size: Math.max(Math.pow(width * 13.37, 0.9), 29) * scale,
    tip,
    dir: unit(prev, tip),
  };
}

/** Edge id → all its passing claims, for edges whose bundle travelled with a preview (evidence.ts). */
export type Evidence = ReadonlyMap<string, Claim[]>;

function edgeOf(e: cytoscape.EdgeSingular, evidence?: Evidence): SnapEdge {
  const rs = scratch(e);
  let points: Pt[] = [];
  if (rs.allpts && rs.allpts.length >= 4) {
    for (let i = 0; i + 1 < rs.allpts.length; i += 2) points.push({ x: rs.allpts[i]!, y: rs.allpts[i + 1]! });
  } else {
    points = [e.sourceEndpoint(), e.targetEndpoint()];
  }
  const kind = BEZIER.has(rs.edgeType ?? '') && points.length >= 3 ? 'bezier' : 'poly';
  const tipEnd = rs.arrowEndX !== undefined ? { x: rs.arrowEndX, y: rs.arrowEndY! } : (points.at(-1) ?? null);
  const tipStart = rs.arrowStartX !== undefined ? { x: rs.arrowStartX, y: rs.arrowStartY! } : (points[0] ?? null);
  const lineStyle = str(e, 'line-style');
  // Cytoscape returns the pattern as "6 4" or an array depending on how it was set.
  const rawDash = e.style('line-dash-pattern') as unknown;
  const dashPattern = (Array.isArray(rawDash) ? rawDash : String(rawDash ?? '6 3').split(/[\s,]+/)).filter(
    (v) => v !== '',
  );
  const dash =
    lineStyle === 'dotted'
      ? [1, 1].map((v) => v * numStyle(e, 'width'))
      : lineStyle === 'dashed'
        ? dashPattern.map((v) => parseFloat(String(v)))
        : [];
  const claims = evidence?.get(e.id()) ?? (e.data('claims') as Claim[] | undefined) ?? [];
  return {
    id: e.id(),
    source: e.source().id(),
    target: e.target().id(),
    type: String(e.data('type') ?? e.data('label') ?? ''),
    path: { kind, points },
    color: str(e, 'line-color'),
    width: numStyle(e, 'width'),
    lineStyle: lineStyle === 'dashed' || lineStyle === 'dotted' ? lineStyle : 'solid',
    dash,
    opacity: e.effectiveOpacity() * (numStyle(e, 'line-opacity') || 1),
    sourceArrow: arrowOf(e, 'source', tipStart, points[1] ?? null),
    targetArrow: arrowOf(e, 'target', tipEnd, points.at(-2) ?? null),
    label: labelOf(e),
    claims,
  };
}

function intersects(
  a: { x1: number; y1: number; x2: number; y2: number },
  b: { x1: number; y1: number; x2: number; y2: number },
): boolean {
  return a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;
}

/** The elements a figure shows: visible ones, and in viewport mode only those inside the view. */
export function shownElements(cy: cytoscape.Core, region: Region): cytoscape.CollectionReturnValue {
  const visible = cy.elements().filter((el) => el.visible() && el.effectiveOpacity() > 0);
  if (region === 'full') return visible;
  const ext = cy.extent();
  return visible.filter((el) => intersects(el.boundingBox({}), ext));
}

export function graphBounds(cy: cytoscape.Core, region: Region): Rect {
  if (region === 'viewport') {
    const ext = cy.extent();
    return { x: ext.x1, y: ext.y1, w: ext.w, h: ext.h };
  }
  // Same box Cytoscape's own png() rasterises, so SVG and PNG frame the graph identically.
  const bb = cy.elements().boundingBox({});
  return { x: bb.x1, y: bb.y1, w: Math.ceil(bb.w), h: Math.ceil(bb.h) };
}

export function snapshotGraph(cy: cytoscape.Core, region: Region, evidence?: Evidence): GraphSnapshot {
  const shown = shownElements(cy, region);
  // Z-order: Cytoscape's own order (by z-index, then insertion) within each group.
  return {
    nodes: shown.nodes().map(nodeOf),
    edges: shown.edges().map((e) => edgeOf(e, evidence)),
    bounds: graphBounds(cy, region),
  };
}

export function exportGraphOf(cy: cytoscape.Core, region: Region, evidence?: Evidence): ExportGraph {
  const shown = shownElements(cy, region);
  return {
    nodes: shown.nodes().map((n) => ({
      id: n.id(),
      name: String(n.data('name') ?? n.id()),
      type: String(n.data('type') ?? ''),
      x: n.position().x,
      y: n.position().y,
      color: str(n, 'background-color'),
      shape: str(n, 'shape'),
      data: { ...(n.data() as Record<string, unknown>) },
    })),
    edges: shown.edges().map((e) => {
      const snap = edgeOf(e, evidence);
      const data = { ...(e.data() as Record<string, unknown>) };
      delete data.claims;
      return {
        id: e.id(),
        source: snap.source,
        target: snap.target,
        type: snap.type,
        label: String(e.data('label') ?? snap.type),
        color: snap.color,
        claims: snap.claims,
        data,
      };
    }),
  };
}
