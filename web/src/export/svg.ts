// Pure SVG writer: graph snapshot + furniture layout → a standalone SVG document.
// Shapes are vector paths and every label is a <text> element, so it scales and stays searchable.
import type { FigureLayout, LayoutItem } from './layout.ts';
import { arrowPath, shapePath } from './shapes.ts';
import type { ArrowSnap, FontSpec, GraphSnapshot, LabelSnap, Rect, SnapEdge, SnapNode } from './types.ts';
import { escapeXml, num } from './xml.ts';

export interface SvgOptions {
  background: string | null;
  /** Font family written into the document (the one the figure was measured with). */
  fontFamily: string;
  title?: string;
}

/** Maps model coordinates into the graph area: uniform scale, centred. */
export function fitTransform(bounds: Rect, area: Rect): { scale: number; dx: number; dy: number } {
  const scale = Math.min(area.w / Math.max(bounds.w, 1e-6), area.h / Math.max(bounds.h, 1e-6));
  const dx = area.x + (area.w - bounds.w * scale) / 2 - bounds.x * scale;
  const dy = area.y + (area.h - bounds.h * scale) / 2 - bounds.y * scale;
  return { scale, dx, dy };
}

function fontAttrs(f: FontSpec): string {
  const parts = [`font-family="${escapeXml(f.family)}"`, `font-size="${num(f.size)}"`];
  if (f.weight && f.weight !== 'normal' && f.weight !== '400') parts.push(`font-weight="${escapeXml(f.weight)}"`);
  if (f.style && f.style !== 'normal') parts.push(`font-style="${escapeXml(f.style)}"`);
  return parts.join(' ');
}

function opacityAttr(name: string, v: number): string {
  return v < 1 ? ` ${name}="${num(v)}"` : '';
}

function edgePathData(e: SnapEdge): string {
  const pts = e.path.points;
  if (pts.length < 2) return '';
  const p0 = pts[0]!;
  let d = `M${num(p0.x)} ${num(p0.y)}`;
  if (e.path.kind === 'bezier' && pts.length >= 3) {
    for (let i = 1; i + 1 < pts.length; i += 2) {
      const c = pts[i]!;
      const p = pts[i + 1]!;
      d += ` Q${num(c.x)} ${num(c.y)} ${num(p.x)} ${num(p.y)}`;
    }
  } else {
    for (const p of pts.slice(1)) d += ` L${num(p.x)} ${num(p.y)}`;
  }
  return d;
}

function arrowSvg(a: ArrowSnap | null, width: number): string {
  if (!a || a.shape === 'none') return '';
  const d = arrowPath(a.shape, a.tip, a.dir, a.size);
  if (!d) return '';
  const color = escapeXml(a.color);
  return a.fill === 'hollow'
    ? `<path d="${d}" fill="none" stroke="${color}" stroke-width="${num(width)}"/>`
    : `<path d="${d}" fill="${color}"/>`;
}

function labelSvg(l: LabelSnap | null, cls: string, id: string): string {
  if (!l || l.lines.every((t) => !t)) return '';
  // Cytoscape anchors the label box by halign/valign around (x, y); lines stack downwards.
  const boxLeft = l.halign === 'left' ? -l.width : l.halign === 'center' ? -l.width / 2 : 0;
  const boxTop = l.valign === 'top' ? -l.height : l.valign === 'center' ? -l.height / 2 : 0;
  const anchor = l.justify === 'left' ? 'start' : l.justify === 'right' ? 'end' : 'middle';
  const lineX = l.justify === 'left' ? boxLeft : l.justify === 'right' ? boxLeft + l.width : boxLeft + l.width / 2;
  const descent = l.font.size * 0.22;
  const parts: string[] = [];
  if (l.background && l.background.opacity > 0) {
    const p = l.background.padding;
    parts.push(
      `<rect x="${num(boxLeft - p)}" y="${num(boxTop - p)}" width="${num(l.width + 2 * p)}" height="${num(l.height + 2 * p)}" fill="${escapeXml(l.background.color)}"${opacityAttr('fill-opacity', l.background.opacity)}/>`,
    );
  }
  const outline =
    l.outline && l.outline.width > 0
      ? ` stroke="${escapeXml(l.outline.color)}" stroke-width="${num(l.outline.width * 2)}" stroke-linejoin="round" paint-order="stroke"`
      : '';
  const n = l.lines.length;
  l.lines.forEach((text, i) => {
    const baseline = boxTop + l.height - (n - 1 - i) * l.lineHeight - descent;
    parts.push(
      `<text x="${num(lineX)}" y="${num(baseline)}" text-anchor="${anchor}" ${fontAttrs(l.font)} fill="${escapeXml(l.color)}"${outline}>${escapeXml(text)}</text>`,
    );
  });
  const rot = l.angle ? ` rotate(${num((l.angle * 180) / Math.PI)})` : '';
  return `<g class="${cls}" data-id="${escapeXml(id)}" transform="translate(${num(l.x)} ${num(l.y)})${rot}"${opacityAttr('opacity', l.opacity)}>${parts.join('')}</g>`;
}

function edgeSvg(e: SnapEdge): string {
  const d = edgePathData(e);
  if (!d) return '';
  const dash = e.lineStyle === 'solid' || e.dash.length === 0 ? '' : ` stroke-dasharray="${e.dash.map(num).join(' ')}"`;
  const color = escapeXml(e.color);
  return (
    `<g class="edge" data-id="${escapeXml(e.id)}" data-type="${escapeXml(e.type)}"${opacityAttr('opacity', e.opacity)}>` +
    `<path d="${d}" fill="none" stroke="${color}" stroke-width="${num(e.width)}"${dash}/>` +
    arrowSvg(e.sourceArrow, e.width) +
    arrowSvg(e.targetArrow, e.width) +
    `</g>`
  );
}

function nodeSvg(n: SnapNode): string {
  const d = shapePath(n.shape, n.x, n.y, n.w, n.h);
  const b = n.border;
  const stroke =
    b.width > 0 && b.opacity > 0
      ? ` stroke="${escapeXml(b.color)}" stroke-width="${num(b.width)}"${opacityAttr('stroke-opacity', b.opacity)}${
          b.style === 'dashed'
            ? ` stroke-dasharray="${num(b.width * 3)} ${num(b.width * 2)}"`
            : b.style === 'dotted'
              ? ` stroke-dasharray="${num(b.width)} ${num(b.width)}"`
              : ''
        }`
      : '';
  return (
    `<g class="${n.isParent ? 'node parent' : 'node'}" data-id="${escapeXml(n.id)}" data-type="${escapeXml(n.type)}"${opacityAttr('opacity', n.opacity)}>` +
    `<path d="${d}" fill="${escapeXml(n.fill)}"${opacityAttr('fill-opacity', n.fillOpacity)}${stroke}/>` +
    `</g>`
  );
}

export function furnitureSvg(items: LayoutItem[]): string {
  return items
    .map((it) => {
      switch (it.kind) {
        case 'text':
          return `<text x="${num(it.x)}" y="${num(it.y)}" ${fontAttrs(it.font)} fill="${escapeXml(it.color)}">${escapeXml(it.text)}</text>`;
        case 'node-swatch':
          return `<path d="${shapePath(it.shape, it.x, it.y, it.w, it.h)}" fill="${escapeXml(it.fill)}" stroke="${escapeXml(it.stroke)}" stroke-width="${num(it.strokeWidth)}"/>`;
        case 'edge-swatch':
          return (
            `<line x1="${num(it.x1)}" y1="${num(it.y1)}" x2="${num(it.x2)}" y2="${num(it.y2)}" stroke="${escapeXml(it.color)}" stroke-width="${num(it.width)}"${it.dash.length ? ` stroke-dasharray="${it.dash.map(num).join(' ')}"` : ''}/>` +
            (it.arrow
              ? `<path d="${arrowPath(it.arrow.shape, { x: it.x2, y: it.y2 }, { x: 1, y: 0 }, it.arrow.size * 3)}" fill="${escapeXml(it.color)}"/>`
              : '')
          );
        case 'rule':
          return `<line x1="${num(it.x1)}" y1="${num(it.y1)}" x2="${num(it.x2)}" y2="${num(it.y2)}" stroke="${escapeXml(it.color)}" stroke-width="${num(it.width)}"/>`;
      }
    })
    .join('\n');
}

/** The standalone document around a body: background, the body clipped to the layout's graph area, the furniture. */
export function svgShell(layout: FigureLayout, opts: SvgOptions, body: string[]): string {
  const { width, height, graph } = layout;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="${escapeXml(opts.fontFamily)}">`,
    opts.title ? `<title>${escapeXml(opts.title)}</title>` : '',
    `<defs><clipPath id="graph-area"><rect x="${num(graph.x)}" y="${num(graph.y)}" width="${num(graph.w)}" height="${num(graph.h)}"/></clipPath></defs>`,
    opts.background
      ? `<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="${escapeXml(opts.background)}"/>`
      : '',
    ...body,
    `<g class="furniture">`,
    furnitureSvg(layout.items),
    '</g>',
    '</svg>',
    '',
  ]
    .filter((s) => s !== '')
    .join('\n');
}

/** `translate(dx dy) scale(s)`: model (or chart) coordinates into the layout's graph area. */
export function bodyTransform(bounds: Rect, area: Rect): string {
  const t = fitTransform(bounds, area);
  return `translate(${num(t.dx)} ${num(t.dy)}) scale(${t.scale.toFixed(5).replace(/\.?0+$/, '')})`;
}

export function toSvg(snap: GraphSnapshot, layout: FigureLayout, opts: SvgOptions): string {
  const parents = snap.nodes.filter((n) => n.isParent);
  const leaves = snap.nodes.filter((n) => !n.isParent);
  const edgeLabels = snap.edges.map((e) => labelSvg(e.label, 'edge-label', e.id)).filter(Boolean);
  const nodeParts = [...parents, ...leaves].map((n) => nodeSvg(n) + labelSvg(n.label, 'node-label', n.id));
  return svgShell(layout, opts, [
    `<g clip-path="url(#graph-area)"><g class="graph" transform="${bodyTransform(snap.bounds, layout.graph)}">`,
    ...snap.edges.map(edgeSvg),
    ...edgeLabels,
    ...nodeParts,
    '</g></g>',
  ]);
}
