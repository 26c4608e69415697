// Graph result view: a small Cytoscape preview of the returned nodes/relationships, and merge/replace into the canvas.
import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import type { ResultGraph } from '../../../lib/neo4j/result-graph.ts';

export interface GraphViewProps {
  graph: ResultGraph;
  onSend(mode: 'merge' | 'replace'): void;
  cap: number;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'font-size': 9,
      'text-valign': 'bottom',
      'text-margin-y': 2,
      width: 16,
      height: 16,
      'background-color': '#6b8fd6',
    },
  },
  { selector: 'node[?foreign]', style: { 'background-color': '#b0b7c3', shape: 'round-rectangle' } },
  {
    selector: 'edge',
    style: {
      label: 'data(type)',
      'font-size': 7,
      color: '#6b7385',
      width: 1,
      'line-color': '#b8c0cc',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#b8c0cc',
      'curve-style': 'bezier',
      'text-rotation': 'autorotate',
    },
  },
];

export function GraphView({ graph, onSend, cap }: GraphViewProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const cy = cytoscape({
      container: box.current,
      style: STYLE,
      elements: [
        ...graph.nodes.map((n) => ({
          data: { id: n.id, name: n.name, type: n.type, foreign: n.id.startsWith('neo4j:') },
        })),
        ...graph.claims.map((e, i) => ({
          data: { id: `e${i}:${e.id}`, source: e.source, target: e.target, type: e.type },
        })),
      ],
      layout: { name: graph.nodes.length > 150 ? 'grid' : 'cose', animate: false },
      wheelSensitivity: 0.3,
    });
    return () => cy.destroy();
  }, [graph]);

  const empty = graph.nodes.length === 0;
  return (
    <div className="wb-graph">
      <div className="wb-graph-bar">
        <span className="muted" data-testid="wb-graph-summary">
          {graph.nodes.length} nodes, {graph.claims.length} relationships
          {graph.omittedNodes > 0 ? ` — graph view capped at ${cap}, ${graph.omittedNodes} nodes not shown` : ''}
          {graph.danglingEdges > 0 ? ` — ${graph.danglingEdges} relationships without both end nodes returned` : ''}
        </span>
        <button disabled={empty} onClick={() => onSend('merge')} data-testid="wb-merge">
          Merge into canvas
        </button>
        <button disabled={empty} onClick={() => onSend('replace')} data-testid="wb-replace">
          Replace canvas
        </button>
      </div>
      {empty ? (
        <p className="muted wb-pad">
          No nodes or relationships in this result. Return nodes, relationships or paths to see a graph.
        </p>
      ) : (
        <div className="wb-graph-canvas" ref={box} data-testid="wb-graph-canvas" />
      )}
    </div>
  );
}
