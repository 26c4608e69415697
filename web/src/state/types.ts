// The explorer's graph state: plain, serialisable data. Rendering is derived from it.
import type { Bundle, Direction, Entity } from '../../../lib/model/wire.ts';
import type { ClaimFilter } from '../../../lib/model/filter.ts';

export interface Position {
  x: number;
  y: number;
}

export interface NodeState {
  entity: Entity;
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

/**
 * Every list names what is HIDDEN, so an empty filter shows everything and new types show up.
 * The claim part is lib/model/filter.ts's ClaimFilter (the server's claims pages take the same).
 */
export interface Filters extends ClaimFilter {
  entityTypes: string[];
  relTypes: string[];
}

export interface GraphState {
  nodes: Record<string, NodeState>;
  /** Bundle id (`source|TYPE|target`) → every claim of that (source, type, target) we know of. */
  bundles: Record<string, Bundle>;
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
