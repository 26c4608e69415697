// Thin renderer glue: owns one Cytoscape core for its lifetime, syncs elements into it incrementally.
import { useEffect, useLayoutEffect, useRef } from 'react';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { registerExtensions } from '../graph/cy-setup.ts';
import { syncElements } from '../graph/sync.ts';
import { buildStylesheet } from '../styles/registry.ts';
import { detectGpu, forcedRenderer, renderOptions, scaleTier } from '../render/renderer.ts';
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

export function CytoscapeCanvas({ elements, styleId, events, onReady }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const ev = useRef(events);
  useLayoutEffect(() => {
    ev.current = events;
  });

  useEffect(() => {
    const f = forced();
    // Sized for the graph we expect to reach: the seed is small, views/Cypher results may be big.
    const expected = Math.max(elements.filter((e) => e.group === 'nodes').length, 100);
    const gpu = detectGpu();
    const opts = renderOptions(expected, gpu, f ? forcedRenderer(f) : undefined);
    const cy = cytoscape({
      container: ref.current,
      style: buildStylesheet(styleId) as cytoscape.StylesheetJson,
      ...opts,
      textureOnViewport: true,
      hideEdgesOnViewport: opts.hideEdgesOnViewport,
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: true,
      selectionType: 'additive',
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
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
    if (ref.current) ro.observe(ref.current);
    onReady(cy);
    return () => {
      ro.disconnect();
      clearTimeout(selTimer);
      cy.destroy();
      cyRef.current = null;
    };
    // The core is created once; elements and style are synced by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (cy) syncElements(cy, elements);
  }, [elements]);

  // Restyle only when the style or the size tier changes, not on every added element.
  const nodeCount = elements.reduce((k, e) => k + (e.group === 'nodes' ? 1 : 0), 0);
  const tier = scaleTier(nodeCount);
  const haystack = elements.length - nodeCount >= HAYSTACK_MIN_EDGES;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const sheet = [...buildStylesheet(styleId), ...(scaleStyle(cy.nodes().length, cy.edges().length) as unknown[])];
    cy.style(sheet as cytoscape.StylesheetJson);
    // Viewport shortcuts are renderer fields read on every frame; the graph may outgrow its initial tier.
    const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    r.hideEdgesOnViewport = tier.hideEdgesOnViewport;
    r.textureOnViewport = true;
  }, [styleId, tier, haystack]);

  return <div ref={ref} className="canvas" data-testid="canvas" aria-label="Graph canvas" role="application" />;
}
