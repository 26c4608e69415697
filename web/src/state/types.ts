// The explorer's graph state: plain, serialisable data. Rendering is derived from it.
import type { Claim, Direction, GNode } from '../api/types.ts';

export interface Position {
  x: number;
  y: number;
}

export interface NodeState {
  entity: GNode;
  position?: Position;
  pinned: boolean;
  hidden: boolean;
  /** The node whose expansion brought this one in (collapse removes it again). */
  expandedFrom?: string;
}

export interface Expansion {
  total: number;
  loaded: number;
  types?: string[];
  direction: Direction;
}

export interface DateRange {
  /** ISO date (yyyy-mm-dd), inclusive; null = open. */
  from: string | null;
  to: string | null;
}

/** Every list names what is HIDDEN, so an empty filter shows everything and new types show up. */
export interface Filters {
  entityTypes: string[];
  relTypes: string[];
  statuses: string[];
  articles: string[];
  outlets: string[];
  dateRange: DateRange;
  includeUndated: boolean;
}

export interface GraphState {
  nodes: Record<string, NodeState>;
  claims: Record<string, Claim>;
  expansions: Record<string, Expansion>;
  filters: Filters;
  layout: string;
  style: string;
  seed: number;
}

export interface History {
  past: GraphState[];
  present: GraphState;
  future: GraphState[];
}

export type Update = (s: GraphState) => GraphState;
