// Data export of the current view: nodes/edges CSV (one edge row per claim, with its
// evidence), Cytoscape JSON and GraphML for Gephi/yEd. Pure functions over plain data.
import type { Claim } from '../../../lib/model/wire.ts';
import { escapeXml, num } from './xml.ts';
import { boundForm } from '../../../lib/model/figures.ts';

export interface ExportNode {
  id: string;
  name: string;
  type: string;
  x: number;
  y: number;
  color: string;
  shape: string;
  data: Record<string, unknown>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  color: string;
  claims: Claim[];
  data: Record<string, unknown>;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** RFC 4180: quote when needed, double inner quotes, CRLF line ends. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function nodesCsv(g: ExportGraph): string {
  return toCsv(
    ['id', 'name', 'type', 'x', 'y'],
    g.nodes.map((n) => [n.id, n.name, n.type, num(n.x), num(n.y)]),
  );
}

/** `troops=at least 1500; shells=8000`: the form ingest reads back from a relations CSV, bounds included. */
function figuresText(c: Pick<Claim, 'figures' | 'figureQualifiers'>): string {
  return Object.entries(c.figures ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${boundForm(c.figureQualifiers?.[k])}${v}`)
    .join('; ');
}

export const EDGE_CSV_HEADER = [
  'claim_id',
  'source',
  'type',
  'target',
  'status',
  'date',
  'claimant',
  'article_id',
  'article_title',
  'article_outlet',
  'article_published',
  'quote',
  'figures',
];

export function edgesCsv(g: ExportGraph): string {
  const rows = g.edges.flatMap((e) =>
    (e.claims.length ? e.claims : [null]).map((c) =>
      c
        ? [
            c.id,
            c.source,
            c.type,
            c.target,
            c.status,
            c.dateText ?? c.date ?? '',
            c.claimant?.name ?? '',
            c.article?.id ?? '',
            c.article?.title ?? '',
            c.article?.outlet ?? '',
            c.article?.published ?? '',
            c.quote,
            figuresText(c),
          ]
        : [e.id, e.source, e.type, e.target, '', '', '', '', '', '', '', '', ''],
    ),
  );
  return toCsv(EDGE_CSV_HEADER, rows);
}

/** Cytoscape.js / Cytoscape desktop JSON: {elements: {nodes, edges}} with data and positions. */
export function cytoscapeJson(g: ExportGraph): string {
  return (
    JSON.stringify(
      {
        format_version: '1.0',
        generated_by: 'kg-explorer',
        target_cytoscapejs_version: '~3.34',
        elements: {
          nodes: g.nodes.map((n) => ({
            data: { ...n.data, id: n.id, name: n.name, type: n.type },
            position: { x: n.x, y: n.y },
          })),
          edges: g.edges.map((e) => ({
            data: {
              ...e.data,
              id: e.id,
              source: e.source,
              target: e.target,
              type: e.type,
              label: e.label,
              claims: e.claims,
            },
          })),
        },
      },
      null,
      2,
    ) + '\n'
  );
}

function rgb(color: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) {
    const v = parseInt(hex[1]!, 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/i.exec(color);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

export function hexColor(color: string): string {
  const c = rgb(color);
  return c ? '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('') : color;
}

const NODE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['color', 'string'],
  ['shape', 'string'],
  ['x', 'double'],
  ['y', 'double'],
  ['r', 'int'],
  ['g', 'int'],
  ['b', 'int'],
] as const;
const EDGE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['color', 'string'],
  ['claimCount', 'int'],
  ['statuses', 'string'],
  ['articles', 'string'],
  ['claimIds', 'string'],
] as const;

export function graphml(g: ExportGraph): string {
  const keys = [
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
  ];
  const d = (key: string, v: string | number) => `      <data key="${key}">${escapeXml(String(v))}</data>`;
  const nodes = g.nodes.map((n) => {
    const c = rgb(n.color) ?? [128, 128, 128];
    return [
      `    <node id="${escapeXml(n.id)}">`,
      d('n_label', n.name),
      d('n_type', n.type),
      d('n_color', hexColor(n.color)),
      d('n_shape', n.shape),
      d('n_x', num(n.x)),
      d('n_y', num(n.y)),
      d('n_r', c[0]),
      d('n_g', c[1]),
      d('n_b', c[2]),
      '    </node>',
    ].join('\n');
  });
  const edges = g.edges.map((e) =>
    [
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
      d('e_label', e.label),
      d('e_type', e.type),
      d('e_color', hexColor(e.color)),
      d('e_claimCount', e.claims.length),
      d('e_statuses', [...new Set(e.claims.flatMap((c) => (c.status === null ? [] : [c.status])))].sort().join(', ')),
      d('e_articles', [...new Set(e.claims.map((c) => c.article?.id).filter(Boolean))].sort().join(', ')),
      d('e_claimIds', e.claims.map((c) => c.id).join(', ')),
      '    </edge>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="G" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
