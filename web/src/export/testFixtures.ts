// Shared test data for the export unit tests.
import type { Claim, GraphSnapshot, SnapEdge, SnapNode } from './types.ts';
import type { Measure } from './layout.ts';

export const approxMeasure: Measure = (text, f) => text.length * f.size * 0.55;

export function claim(id: string, over: Partial<Claim> = {}): Claim {
  return {
    id,
    type: 'SENDS_TROOPS_TO',
    source: 'north-korea',
    target: 'kursk',
    status: 'confirmed',
    date: '2024-10-28',
    dateText: '2024-10-28',
    claimant: { id: 'mark-rutte', name: 'Mark Rutte' },
    article: { id: 'nos-1', title: 'Rutte: troops in Kursk', outlet: 'NOS Nieuws', published: '2024-10-28T17:21' },
    quote: 'He said "yes", and <more> & so on',
    figures: { troops: 11000 },
    ...over,
  };
}

export function node(id: string, over: Partial<SnapNode> = {}): SnapNode {
  return {
    id,
    name: id,
    type: 'Country',
    x: 0,
    y: 0,
    w: 30,
    h: 30,
    shape: 'ellipse',
    fill: 'rgb(31,119,180)',
    fillOpacity: 1,
    border: { color: 'rgb(0,0,0)', width: 1, style: 'solid', opacity: 1 },
    opacity: 1,
    isParent: false,
    label: {
      lines: [id],
      x: 0,
      y: 20,
      halign: 'center',
      valign: 'bottom',
      justify: 'center',
      font: { family: 'DejaVu Sans', size: 10, weight: 'normal', style: 'normal' },
      color: 'rgb(0,0,0)',
      opacity: 1,
      lineHeight: 12,
      width: 40,
      height: 12,
      angle: 0,
      outline: null,
      background: null,
    },
    ...over,
  };
}

export function edge(
  id: string,
  source: string,
  target: string,
  claims: Claim[],
  over: Partial<SnapEdge> = {},
): SnapEdge {
  return {
    id,
    source,
    target,
    type: claims[0]?.type ?? 'RELATED_TO',
    path: {
      kind: 'poly',
      points: [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
    },
    color: 'rgb(120,120,120)',
    width: 2,
    lineStyle: 'solid',
    dash: [],
    opacity: 1,
    sourceArrow: null,
    targetArrow: {
      shape: 'triangle',
      color: 'rgb(120,120,120)',
      fill: 'filled',
      size: 29,
      tip: { x: 100, y: 0 },
      dir: { x: 1, y: 0 },
    },
    label: null,
    claims,
    ...over,
  };
}

export function snapshot(): GraphSnapshot {
  const c1 = claim('c1');
  const c2 = claim('c2', {
    article: { id: 'anp-1', title: 'ANP: Rutte confirms', outlet: 'ANP', published: '2024-10-28T10:00' },
  });
  const c3 = claim('c3', {
    type: 'DENIES',
    source: 'russia',
    target: 'north-korean-troops',
    status: 'denied',
    article: { id: 'nos-0', title: 'US evidence', outlet: 'NOS Nieuws', published: '2024-10-23' },
  });
  return {
    nodes: [
      node('north-korea', { name: 'North Korea', x: 0, y: 0 }),
      node('kursk', { name: 'Kursk', type: 'Place', shape: 'diamond', x: 100, y: 0 }),
      node('russia', { name: 'Russia <RU> & "co"', x: 0, y: 100 }),
      node('north-korean-troops', { name: 'NK troops', type: 'ArmedForce', shape: 'hexagon', x: 100, y: 100 }),
    ],
    edges: [
      edge('e1', 'north-korea', 'kursk', [c1, c2]),
      edge('e2', 'russia', 'north-korean-troops', [c3], { lineStyle: 'dashed', dash: [6, 3] }),
    ],
    bounds: { x: -20, y: -20, w: 140, h: 140 },
  };
}
