// Thin renderer glue: owns the Cytoscape core, syncs elements into it incrementally and follows the graph's
// size tier (live viewport options; a new core when the renderer kind must change, see planRenderUpdate).
import { useEffect, useLayoutEffect, useRef } from 'react';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { registerExtensions } from '../graph/cy-setup.ts';
import { syncElements } from '../graph/sync.ts';
import { buildStylesheet } from '../styles/registry.ts';
import {
  type AppliedRender,
  chooseRenderer,
  detectGpu,
  forcedRenderer,
  type GpuInfo,
  planRenderUpdate,
  type RendererChoice,
  scaleTier,
} from '../render/renderer.ts';
import { applyViewportOptions, appCoreOptions, viewportOptions } from '../render/core-options.ts';
import { HAYSTACK_MIN_EDGES, scaleStyle } from '../render/scale-style.ts';

registerExtensions();

export interface CanvasEvents {
  onNodeDoubleClick(id: string): void;
  onContextMenu(target: { id: string; kind: 'node' | 'edge' } | null, at: { x: number; y: number }): void;
  onSelectionChange(ids: string[]): void;
  onNodeTap(id: string): void;
  onBackgroundTap(): void;
  onDragEnd(positions: Record<string, { x: number; y: number }>): void;
  onViewport(): void;
}

interface Props {
  elements: ElementDefinition[];
  styleId: string;
  events: CanvasEvents;
  onReady(cy: cytoscape.Core): void;
}

const forced = (): 'canvas' | 'webgl' | null => {
  const r = new URLSearchParams(location.search).get('renderer');
  return r === 'canvas' || r === 'webgl' ? r : null;
};

/** `?gpu=hardware` pretends a hardware GPU (debug/e2e: exercises the WebGL switch on a software rasteriser). */
const gpuInfo = (): GpuInfo =>
  new URLSearchParams(location.search).get('gpu') === 'hardware'
    ? { webgl: true, software: false, renderer: 'forced hardware (?gpu=hardware)' }
    : detectGpu();

const countNodes = (elements: ElementDefinition[]) => elements.reduce((k, e) => k + (e.group === 'nodes' ? 1 : 0), 0);

const sheetFor = (cy: cytoscape.Core, styleId: string) =>
  [
    ...buildStylesheet(styleId),
    ...(scaleStyle(cy.nodes().length, cy.edges().length) as unknown[]),
  ] as cytoscape.StylesheetJson;

/** Registers the canvas's event handlers on a core; returns the cleanup. */
function wire(cy: cytoscape.Core, container: HTMLElement | null, ev: { current: CanvasEvents }): () => void {
  let selTimer = 0;
  const emitSelection = () => {
    clearTimeout(selTimer);
    selTimer = window.setTimeout(() => ev.current.onSelectionChange(cy.$(':selected').map((e) => e.id())), 30);
  };
  cy.on('select unselect', emitSelection);
  cy.on('dbltap', 'node', (e) => ev.current.onNodeDoubleClick(e.target.id()));
  cy.on('tap', 'node', (e) => ev.current.onNodeTap(e.target.id()));
  cy.on('tap', (e) => {
    if (e.target === cy) ev.current.onBackgroundTap();
  });
  cy.on('cxttap', (e) => {
    const t = e.target;
    const at = e.renderedPosition ?? { x: 0, y: 0 };
    if (t === cy) ev.current.onContextMenu(null, at);
    else {
      const isNode = (t as cytoscape.SingularElementReturnValue).isNode();
      ev.current.onContextMenu({ id: t.id(), kind: isNode ? 'node' : 'edge' }, isNode ? t.renderedPosition() : at);
    }
  });
  cy.on('dragfree', 'node', (e) => {
    const moved = e.target.union(cy.$('node:selected'));
    const pos: Record<string, { x: number; y: number }> = {};
    moved.forEach((n: cytoscape.NodeSingular) => {
      pos[n.id()] = { ...n.position() };
    });
    ev.current.onDragEnd(pos);
  });
  cy.on('viewport', () => ev.current.onViewport());
  // Panels opening/closing resize the container without a window resize event.
  const ro = new ResizeObserver(() => cy.resize());
  if (container) ro.observe(container);
  return () => {
    ro.disconnect();
    clearTimeout(selTimer);
  };
}

export function CytoscapeCanvas({ elements, styleId, events, onReady }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const unwire = useRef<() => void>(() => {});
  const applied = useRef<AppliedRender | null>(null);
  const ev = useRef(events);
  const latest = useRef({ styleId, onReady });
  useLayoutEffect(() => {
    ev.current = events;
    latest.current = { styleId, onReady };
  });

  /** Creates (or re-creates, carrying over elements, viewport and selection) the core for `nodeCount` nodes. */
  const mount = useRef((nodeCount: number, renderer: RendererChoice) => {
    const old = cyRef.current;
    // Carried over by hand: elements given to cytoscape() would get its init layout (grid + fit).
    const carried = old && {
      elements: old.elements().jsons() as unknown as ElementDefinition[],
      zoom: old.zoom(),
      pan: { ...old.pan() },
    };
    if (old) {
      unwire.current();
      old.destroy();
    }
    const cy = cytoscape({
      container: ref.current,
      style: buildStylesheet(latest.current.styleId) as cytoscape.StylesheetJson,
      ...appCoreOptions(nodeCount, gpuInfo(), renderer),
    } as cytoscape.CytoscapeOptions);
    if (carried) {
      cy.add(carried.elements);
      cy.viewport({ zoom: carried.zoom, pan: carried.pan });
      cy.style(sheetFor(cy, latest.current.styleId));
    }
    cyRef.current = cy;
    applied.current = { nodeCount, renderer };
    unwire.current = wire(cy, ref.current, ev);
    latest.current.onReady(cy);
  });

  useEffect(() => {
    const f = forced();
    // Sized for at least a small graph; planRenderUpdate follows the graph as it grows or shrinks.
    const expected = Math.max(countNodes(elements), 100);
    mount.current(expected, f ? forcedRenderer(f) : chooseRenderer(expected, gpuInfo()));
    return () => {
      unwire.current();
      cyRef.current?.destroy();
      cyRef.current = null;
      applied.current = null;
    };
    // The core is created here; elements and style are synced by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const nodeCount = countNodes(elements);
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    syncElements(cy, elements);
    const now = applied.current;
    if (!now) return;
    const f = forced();
    const plan = planRenderUpdate(now, nodeCount, gpuInfo(), f ? forcedRenderer(f) : null);
    if (plan.kind === 'recreate') mount.current(plan.nodeCount, plan.renderer);
    else if (plan.kind === 'tier') {
      applyViewportOptions(cy, viewportOptions(plan.nodeCount));
      applied.current = { ...now, nodeCount: plan.nodeCount };
    }
  }, [elements, nodeCount]);

  // Restyle only when the style or the size tier changes, not on every added element.
  const tier = scaleTier(nodeCount);
  const haystack = elements.length - nodeCount >= HAYSTACK_MIN_EDGES;
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) cy.style(sheetFor(cy, styleId));
  }, [styleId, tier, haystack]);

  return <div ref={ref} className="canvas" data-testid="canvas" aria-label="Graph canvas" role="application" />;
}
