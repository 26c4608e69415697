// Wire types of the console API (server/routes/cypher.ts) as the UI sees them.
import type { PlanStep } from './plan.ts';
export type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };
export type PlainObject = { [k: string]: Plain };

export interface ConsoleResult {
  queryId: string;
  columns: string[];
  rows: PlainObject[];
  truncated: boolean;
  truncatedAt?: number;
  truncatedBy?: 'rows' | 'nodes' | 'size';
  nodeCount: number;
  elapsedMs: number;
  queryType: string;
  notifications: { code: string; title: string; description: string; position?: ErrorPosition }[];
  limits?: { timeoutMs: number; maxRows: number; maxNodes: number };
  plan?: PlanStep;
}

export interface ErrorPosition {
  line: number;
  column: number;
  offset: number;
}

export interface ConsoleError {
  code: string;
  message: string;
  reason?: string;
  position?: ErrorPosition;
}

export interface SavedQuery {
  id: string;
  title: string;
  description: string;
  params: Record<string, unknown>;
  text: string;
}
