// Cytoscape node shapes as SVG path data (same geometry as Cytoscape's renderer), so the
// SVG writer draws vector shapes and the canvas legend can reuse them via Path2D.
import { num } from './xml.ts';

type Points = number[];

function ngon(sides: number, rotation = 0): Points {
  const inc = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + inc / 2 : Math.PI / 2) + rotation;
  const pts: number[] = [];
  for (let i = 0; i < sides; i++) {
    const a = i * inc + start;
    pts.push(Math.cos(a), Math.sin(-a));
  }
  return pts;
}

function fitToSquare(points: Points): Points {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const out = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...out.filter((_, i) => i % 2 === 1));
  return minY < -1 ? out.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : out;
}

function star5(): Points {
  const outer = ngon(5);
  const inner = ngon(5, Math.PI / 5).map((v) => v * 0.5 * (3 - Math.sqrt(5)) * 1.57);
  const pts: number[] = [];
  for (let i = 0; i < 5; i++) pts.push(outer[2 * i]!, outer[2 * i + 1]!, inner[2 * i]!, inner[2 * i + 1]!);
  return fitToSquare(pts);
}

const DIAMOND = [0, 1, 1, 0, 0, -1, -1, 0];
const TAG = [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1];

function toAbs(points: Points, x: number, y: number, w: number, h: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < points.length; i += 2) out.push([x + (points[i]! * w) / 2, y + (points[i + 1]! * h) / 2]);
  return out;
}

function polygonPath(pts: Array<[number, number]>): string {
  return pts.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${num(px)} ${num(py)}`).join(' ') + ' Z';
}

/** Polygon with each corner replaced by a quadratic curve through the vertex. */
function roundedPolygonPath(pts: Array<[number, number]>, r: number): string {
  const n = pts.length;
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const [px, py] = pts[i]!;
    const [ax, ay] = pts[(i - 1 + n) % n]!;
    const [bx, by] = pts[(i + 1) % n]!;
    const da = Math.hypot(ax - px, ay - py) || 1;
    const db = Math.hypot(bx - px, by - py) || 1;
    const ra = Math.min(r, da / 2);
    const rb = Math.min(r, db / 2);
    const s = [px + ((ax - px) * ra) / da, py + ((ay - py) * ra) / da];
    const e = [px + ((bx - px) * rb) / db, py + ((by - py) * rb) / db];
    parts.push(`${i === 0 ? 'M' : 'L'}${num(s[0]!)} ${num(s[1]!)} Q${num(px)} ${num(py)} ${num(e[0]!)} ${num(e[1]!)}`);
  }
  return parts.join(' ') + ' Z';
}

function ellipsePath(x: number, y: number, w: number, h: number): string {
  const rx = w / 2;
  const ry = h / 2;
  return `M${num(x - rx)} ${num(y)} A${num(rx)} ${num(ry)} 0 1 0 ${num(x + rx)} ${num(y)} A${num(rx)} ${num(ry)} 0 1 0 ${num(x - rx)} ${num(y)} Z`;
}

function roundRectPath(x: number, y: number, w: number, h: number, r: number, bottomOnly = false): string {
  const l = x - w / 2;
  const t = y - h / 2;
  const rr = l + w;
  const b = t + h;
  const rt = bottomOnly ? 0 : r;
  return [
    `M${num(l + rt)} ${num(t)}`,
    `L${num(rr - rt)} ${num(t)}`,
    rt ? `Q${num(rr)} ${num(t)} ${num(rr)} ${num(t + rt)}` : '',
    `L${num(rr)} ${num(b - r)}`,
    `Q${num(rr)} ${num(b)} ${num(rr - r)} ${num(b)}`,
    `L${num(l + r)} ${num(b)}`,
    `Q${num(l)} ${num(b)} ${num(l)} ${num(b - r)}`,
    `L${num(l)} ${num(t + rt)}`,
    rt ? `Q${num(l)} ${num(t)} ${num(l + rt)} ${num(t)}` : '',
    'Z',
  ]
    .filter(Boolean)
    .join(' ');
}

function cutRectPath(x: number, y: number, w: number, h: number): string {
  const c = Math.min(8, w / 2, h / 2);
  const l = x - w / 2;
  const t = y - h / 2;
  return polygonPath([
    [l + c, t],
    [l + w - c, t],
    [l + w, t + c],
    [l + w, t + h - c],
    [l + w - c, t + h],
    [l + c, t + h],
    [l, t + h - c],
    [l, t + c],
  ]);
}

function barrelPath(x: number, y: number, w: number, h: number): string {
  const ho = Math.min(15, 0.05 * h);
  const wo = Math.min(100, 0.25 * w);
  const l = x - w / 2;
  const r = x + w / 2;
  const t = y - h / 2;
  const b = y + h / 2;
  return [
    `M${num(l + wo)} ${num(t)}`,
    `L${num(r - wo)} ${num(t)}`,
    `Q${num(r)} ${num(t)} ${num(r)} ${num(t + ho)}`,
    `L${num(r)} ${num(b - ho)}`,
    `Q${num(r)} ${num(b)} ${num(r - wo)} ${num(b)}`,
    `L${num(l + wo)} ${num(b)}`,
    `Q${num(l)} ${num(b)} ${num(l)} ${num(b - ho)}`,
    `L${num(l)} ${num(t + ho)}`,
    `Q${num(l)} ${num(t)} ${num(l + wo)} ${num(t)}`,
    'Z',
  ].join(' ');
}

type ShapeFn = (x: number, y: number, w: number, h: number) => string;

const poly =
  (points: Points): ShapeFn =>
  (x, y, w, h) =>
    polygonPath(toAbs(points, x, y, w, h));
const roundPoly =
  (points: Points): ShapeFn =>
  (x, y, w, h) =>
    roundedPolygonPath(toAbs(points, x, y, w, h), Math.min(w / 10, h / 10, 8));

/** Registry: Cytoscape shape name → path builder. Unknown shapes fall back to ellipse. */
export const NODE_SHAPES: ReadonlyArray<{ id: string; path: ShapeFn }> = [
  { id: 'ellipse', path: ellipsePath },
  { id: 'triangle', path: poly(fitToSquare(ngon(3))) },
  { id: 'round-triangle', path: roundPoly(fitToSquare(ngon(3))) },
  { id: 'rectangle', path: poly(fitToSquare(ngon(4))) },
  { id: 'square', path: poly(fitToSquare(ngon(4))) },
  { id: 'round-rectangle', path: (x, y, w, h) => roundRectPath(x, y, w, h, Math.min(w / 4, h / 4, 8)) },
  { id: 'roundrectangle', path: (x, y, w, h) => roundRectPath(x, y, w, h, Math.min(w / 4, h / 4, 8)) },
  {
    id: 'bottom-round-rectangle',
    path: (x, y, w, h) => roundRectPath(x, y, w, h, Math.min(w / 4, h / 4, 8), true),
  },
  { id: 'cut-rectangle', path: cutRectPath },
  { id: 'barrel', path: barrelPath },
  { id: 'diamond', path: poly(DIAMOND) },
  { id: 'round-diamond', path: roundPoly(DIAMOND) },
  { id: 'pentagon', path: poly(fitToSquare(ngon(5))) },
  { id: 'round-pentagon', path: roundPoly(fitToSquare(ngon(5))) },
  { id: 'hexagon', path: poly(fitToSquare(ngon(6))) },
  { id: 'round-hexagon', path: roundPoly(fitToSquare(ngon(6))) },
  { id: 'concave-hexagon', path: poly([-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95]) },
  { id: 'heptagon', path: poly(fitToSquare(ngon(7))) },
  { id: 'round-heptagon', path: roundPoly(fitToSquare(ngon(7))) },
  { id: 'octagon', path: poly(fitToSquare(ngon(8))) },
  { id: 'round-octagon', path: roundPoly(fitToSquare(ngon(8))) },
  { id: 'star', path: poly(star5()) },
  { id: 'vee', path: poly([-1, -1, 0, -0.333, 1, -1, 0, 1]) },
  { id: 'rhomboid', path: poly([-1, -1, 0.333, -1, 1, 1, -0.333, 1]) },
  { id: 'right-rhomboid', path: poly([-0.333, -1, 1, -1, 0.333, 1, -1, 1]) },
  { id: 'tag', path: poly(TAG) },
  { id: 'round-tag', path: roundPoly(TAG) },
];

const BY_ID = new Map(NODE_SHAPES.map((s) => [s.id, s.path]));

export function shapePath(shape: string, x: number, y: number, w: number, h: number): string {
  return (BY_ID.get(shape) ?? ellipsePath)(x, y, w, h);
}

// Arrow heads in Cytoscape's unit space: tip at (0,0), +y points into the node.
export const ARROW_SHAPES: ReadonlyArray<{ id: string; points: Points | null; circle?: number }> = [
  { id: 'triangle', points: [-0.15, -0.3, 0, 0, 0.15, -0.3] },
  { id: 'arrow', points: [-0.15, -0.3, 0, 0, 0.15, -0.3] },
  { id: 'triangle-backcurve', points: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15] },
  { id: 'vee', points: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15] },
  { id: 'tee', points: [-0.15, -0.1, -0.15, 0, 0.15, 0, 0.15, -0.1] },
  { id: 'square', points: [-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3] },
  { id: 'diamond', points: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0] },
  { id: 'chevron', points: [0, 0, -0.15, -0.15, -0.1, -0.2, 0, -0.1, 0.1, -0.2, 0.15, -0.15] },
  { id: 'circle', points: null, circle: 0.15 },
];

/** Path data for an arrow head of Cytoscape size `size` at `tip`, pointing along `dir`. */
export function arrowPath(
  shape: string,
  tip: { x: number; y: number },
  dir: { x: number; y: number },
  size: number,
): string {
  const def = ARROW_SHAPES.find((a) => a.id === shape);
  if (!def) return '';
  const nx = -dir.y;
  const ny = dir.x;
  if (def.circle !== undefined) {
    const r = def.circle * size;
    const cx = tip.x - dir.x * r;
    const cy = tip.y - dir.y * r;
    return `M${num(cx - r)} ${num(cy)} A${num(r)} ${num(r)} 0 1 0 ${num(cx + r)} ${num(cy)} A${num(r)} ${num(r)} 0 1 0 ${num(cx - r)} ${num(cy)} Z`;
  }
  const pts: Array<[number, number]> = [];
  const p = def.points ?? [];
  for (let i = 0; i < p.length; i += 2) {
    const lx = p[i]! * size;
    const ly = p[i + 1]! * size;
    pts.push([tip.x + dir.x * ly + nx * lx, tip.y + dir.y * ly + ny * lx]);
  }
  return polygonPath(pts);
}
