// Colleagues' panels, loaded lazily and only if their files exist (keeps them out of the initial bundle).
import { lazy, type ComponentType } from 'react';
import type cytoscape from 'cytoscape';
import type { GraphWire } from '../../../lib/model/wire.ts';
import type { ViewState } from '../view/view.ts';

export interface WorkbenchProps {
  /** A Cypher result as bundles (build them from claims with graphFromClaims); merged, never overwriting evidence. */
  onGraph(graph: GraphWire, mode: 'merge' | 'replace'): void;
}
export interface ExportPanelProps {
  cy: cytoscape.Core;
  view: ViewState;
  onClose(): void;
}

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;
const workbench = import.meta.glob<{ default: ComponentType<WorkbenchProps> }>('../workbench/Workbench.tsx');
const exportPanel = import.meta.glob<{ default: ComponentType<ExportPanelProps> }>('../export/ExportPanel.tsx');

const first = <P,>(m: Record<string, Loader<P>>): Loader<P> | null => Object.values(m)[0] ?? null;

const wb = first(workbench);
const ex = first(exportPanel);
export const Workbench = wb ? lazy(wb) : null;
export const ExportPanel = ex ? lazy(ex) : null;
