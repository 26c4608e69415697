// Wire types of the HTTP API (docs/architecture.md). Generic nodes/edges cover Cypher results too.

export interface GNode {
  id: string;
  name: string;
  type: string;
  aliases?: string[];
  description?: string;
  /** Neo4j labels, for nodes that are not curated entities (e.g. Article from a Cypher result). */
  labels?: string[];
  properties?: Record<string, unknown>;
}
export type Entity = GNode;

export interface ArticleRef {
  id: string;
  title: string;
  outlet: string;
  published: string;
}

/** A claim relationship; non-claim edges (MENTIONS …) only have id/type/source/target. */
export interface Claim {
  id: string;
  type: string;
  source: string;
  target: string;
  status?: string;
  date?: string | null;
  dateText?: string | null;
  claimant?: { id: string; name: string } | null;
  article?: ArticleRef | null;
  quote?: string;
  figures?: Record<string, number>;
  properties?: Record<string, unknown>;
}

export interface Graph {
  nodes: GNode[];
  edges: Claim[];
}

export type Direction = 'out' | 'in' | 'both';

export interface SearchResult {
  id: string;
  name: string;
  type: string;
  aliases?: string[];
  score?: number;
}

export interface ExpandResult extends Graph {
  center?: GNode;
  total: number;
  returned: number;
}

export interface EntityDetail {
  entity: GNode;
  claims: Claim[];
  mentions: { article: ArticleRef; count: number }[];
}

export interface Article extends ArticleRef {
  language: string;
  text: string;
}

export interface Schema {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  propertyKeys: string[];
}

export interface SavedViewInfo {
  name: string;
  updated?: string;
}
