// Layout registry: each entry turns a seed (+ context) into Cytoscape layout options.
import type cytoscape from 'cytoscape';

export interface LayoutContext {
  nodeCount: number;
  /** Pinned nodes with their fixed positions (fcose keeps them as constraints). */
  fixed: { nodeId: string; position: { x: number; y: number } }[];
  /** Laying out a subset (selection) or adding to an existing picture: keep current positions. */
  incremental: boolean;
}

export interface LayoutDef {
  id: string;
  label: string;
  options(seed: number, ctx: LayoutContext): cytoscape.LayoutOptions;
}

/** Above this many nodes layouts use cheaper settings and the UI shows "laying out…". */
export const BIG_GRAPH = 2000;

export const LAYOUTS: LayoutDef[] = [
  {
    id: 'fcose',
    label: 'Force (fCoSE)',
    options: (_seed, ctx) =>
      ({
        name: 'fcose',
        animate: false,
        randomize: !ctx.incremental,
        quality: ctx.nodeCount > BIG_GRAPH ? 'draft' : 'default',
        numIter: ctx.nodeCount > BIG_GRAPH ? 1000 : 2500,
        nodeRepulsion: 9000,
        idealEdgeLength: 120,
        edgeElasticity: 0.45,
        nodeSeparation: 90,
        packComponents: true,
        fit: false,
        ...(ctx.fixed.length ? { fixedNodeConstraint: ctx.fixed } : {}),
      }) as cytoscape.LayoutOptions,
  },
  {
    id: 'dagre',
    label: 'Hierarchy (dagre)',
    options: () =>
      ({
        name: 'dagre',
        rankDir: 'LR',
        nodeSep: 30,
        rankSep: 110,
        edgeSep: 10,
        animate: false,
        fit: false,
      }) as cytoscape.LayoutOptions,
  },
  {
    id: 'concentric',
    label: 'Concentric',
    options: () => ({
      name: 'concentric',
      animate: false,
      fit: false,
      minNodeSpacing: 30,
      concentric: (n: cytoscape.NodeSingular) => n.degree(false),
      levelWidth: () => 2,
    }),
  },
  { id: 'grid', label: 'Grid', options: () => ({ name: 'grid', animate: false, fit: false, avoidOverlap: true }) },
  { id: 'circle', label: 'Circle', options: () => ({ name: 'circle', animate: false, fit: false }) },
  {
    id: 'breadthfirst',
    label: 'Tree',
    options: () => ({ name: 'breadthfirst', animate: false, fit: false, directed: true, spacingFactor: 1.1 }),
  },
];

export const layoutById = (id: string): LayoutDef => LAYOUTS.find((l) => l.id === id) ?? LAYOUTS[0]!;
