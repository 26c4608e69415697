// Wire types of the Cypher console API (server/routes/cypher.ts), shared by the server and the workbench UI.
// Types only: the web app imports this with `import type`, so nothing here reaches its bundle.
import type { Plain } from '../neo4j/values.ts';

export type PlainObject = { [k: string]: Plain };

/** Which cap stopped the stream. */
export type TruncatedBy = 'rows' | 'nodes' | 'size';

/** 1-based position in the query text. */
export interface ErrorPosition {
  line: number;
  column: number;
  offset: number;
}

/** One operator of an EXPLAIN / PROFILE plan (rows and db hits only when profiled). */
export interface PlanStep {
  operator: string;
  details: string;
  estimatedRows?: number;
  rows?: number;
  dbHits?: number;
  children: PlanStep[];
}

/** `POST /api/cypher` result. */
export interface ConsoleResult {
  queryId: string;
  columns: string[];
  rows: PlainObject[];
  truncated: boolean;
  truncatedAt?: number;
  truncatedBy?: TruncatedBy;
  nodeCount: number;
  elapsedMs: number;
  queryType: string;
  notifications: { code: string; title: string; description: string; position?: ErrorPosition }[];
  /** The caps in force; added by the route, not by the executor. */
  limits?: { timeoutMs: number; maxRows: number; maxNodes: number };
  /** For EXPLAIN / PROFILE queries: the operator tree (with rows and db hits when profiled). */
  plan?: PlanStep;
}

/** A saved report query (`GET /api/queries`): cypher/queries/<id>.cypher. */
export interface SavedQuery {
  id: string;
  title: string;
  description: string;
  params: Record<string, unknown>;
  text: string;
}
