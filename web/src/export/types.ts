// Plain-data description of a figure: what the SVG writer and the PNG compositor draw.
// Built from Cytoscape in the browser (snapshot.ts); everything downstream is pure.
import type { Claim } from '../../../lib/model/wire.ts';

export type { Claim };

export interface Pt {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FontSpec {
  family: string;
  size: number;
  weight: string;
  style: string;
}

export interface LabelSnap {
  lines: string[];
  /** Anchor point (Cytoscape's label position plus margins), model coordinates. */
  x: number;
  y: number;
  halign: 'left' | 'center' | 'right';
  valign: 'top' | 'center' | 'bottom';
  /** Justification of wrapped lines inside the label box. */
  justify: 'left' | 'center' | 'right';
  font: FontSpec;
  color: string;
  opacity: number;
  lineHeight: number;
  width: number;
  height: number;
  /** Radians, clockwise like canvas. */
  angle: number;
  outline: { color: string; width: number } | null;
  background: { color: string; opacity: number; padding: number } | null;
}

export interface SnapNode {
  id: string;
  name: string;
  type: string;
  /** The perspective category it is drawn as (the legend groups by it); absent or '' for none. */
  category?: string;
  x: number;
  y: number;
  w: number;
  h: number;
  shape: string;
  fill: string;
  fillOpacity: number;
  border: { color: string; width: number; style: string; opacity: number };
  opacity: number;
  isParent: boolean;
  label: LabelSnap | null;
}

export interface ArrowSnap {
  shape: string;
  color: string;
  fill: 'filled' | 'hollow';
  /** Cytoscape's arrow size (getArrowWidth), model units. */
  size: number;
  tip: Pt;
  /** Unit vector pointing from the edge into the node (along the arrow). */
  dir: Pt;
}

export interface SnapEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** 'bezier': points are [start, c1, p1, c2, p2, …] quadratic pairs; 'poly': a polyline. */
  path: { kind: 'bezier' | 'poly'; points: Pt[] };
  color: string;
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  dash: number[];
  opacity: number;
  sourceArrow: ArrowSnap | null;
  targetArrow: ArrowSnap | null;
  label: LabelSnap | null;
  /** Every passing claim of the edge's bundle (paged in before export when the edge carried a preview). */
  claims: Claim[];
}

export interface GraphSnapshot {
  nodes: SnapNode[];
  edges: SnapEdge[];
  /** The model-coordinate rectangle that the graph area shows. */
  bounds: Rect;
}
