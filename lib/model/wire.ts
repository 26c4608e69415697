// The HTTP API's wire types, defined once for server, web app and figure CLI (docs/architecture.md).
// Claims travel as bundles: every claim of one (source, type, target), summarised so that a hub's
// 45,000 claims cost a few kilobytes; the claims themselves are paged on demand.
import type { Plain } from '../neo4j/values.ts';
import type { FigureQualifier } from './figures.ts';

/** Bundles of at most this many claims travel whole (the story's largest bundle has 9). */
export const INLINE_CLAIMS = 10;
/** At most this many (status, article, day) cells per bundle; beyond it filter counts are estimated. */
export const BUNDLE_CELL_CAP = 64;
/** At most this many outlets, articles and dates listed per bundle (the totals are always exact). */
export const BUNDLE_LIST_CAP = 32;
/** At most this many distinct values listed per figure key. */
export const FIGURE_VALUE_CAP = 12;
/** A walk over one node's relationships (a node of a graph without the hub index) stops after this many; the
 *  answer then says `partial` (expand, claims) or `degreeComplete: false` (entity detail). */
export const WALK_CAP = 100_000;
/** The default response budget of every bounded endpoint, in bytes of JSON. */
export const RESPONSE_BUDGET = 256 * 1024;

export interface Entity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  description: string | null;
  /** Neo4j labels, for nodes that are not curated entities (e.g. an Article from a Cypher result). */
  labels?: string[];
  properties?: Record<string, Plain>;
}

export interface ArticleRef {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** The article's address, where its front matter gives one. */
  url?: string | null;
}

export interface Claimant {
  id: string;
  name: string;
}

/** One claim with its evidence. */
export interface Claim {
  id: string;
  type: string;
  source: string;
  target: string;
  status: string | null;
  /** ISO day (first day of a partial date), or null when undated. */
  date: string | null;
  /** The date as the source gave it: '2024-10-28', '2024-10' or null. */
  dateText: string | null;
  claimant: Claimant | null;
  article: ArticleRef | null;
  quote: string | null;
  figures: Record<string, number>;
  /** Figures that are bounds, not exact ("at least 1500"); absent when every figure is exact. */
  figureQualifiers?: Record<string, FigureQualifier>;
  /** Relationship properties, for relationships that come from a Cypher result. */
  properties?: Record<string, Plain>;
}

/** Claims of a bundle that share status, article and day: the unit that filters count. */
export interface BundleCell {
  status: string | null;
  articleId: string | null;
  outlet: string | null;
  day: string | null;
  count: number;
}

export interface FigureValue {
  value: number;
  count: number;
  /** Names of who claims this value (capped at FIGURE_VALUE_CAP). */
  claimants: string[];
}

export interface FigureSummary {
  key: string;
  min: number;
  max: number;
  /** Claims that carry this figure. */
  count: number;
  values: FigureValue[];
  valuesComplete: boolean;
}

export interface Counted<T> {
  value: T;
  count: number;
}

/** Every claim of one (source, type, target). */
export interface Bundle {
  /** `${source}|${type}|${target}` (bundleId). */
  id: string;
  source: string;
  type: string;
  target: string;
  /** 'claims' carry evidence; 'structural' relationships (MENTIONS, a foreign schema's edges) do not. */
  kind: 'claims' | 'structural';
  count: number;
  byStatus: Record<string, number>;
  /** Top outlets and articles by claim count (BUNDLE_LIST_CAP); the counts of distinct ones are exact. */
  outlets: Counted<string>[];
  outletCount: number;
  articles: Counted<ArticleRef>[];
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
  undated: number;
  /** Claims per day, oldest first (BUNDLE_LIST_CAP days); complete when daysComplete. */
  days: Counted<string>[];
  daysComplete: boolean;
  cells: BundleCell[];
  cellsComplete: boolean;
  figures: FigureSummary[];
  /** Newest first; every claim when count <= INLINE_CLAIMS, else a preview (page the rest). */
  claims: Claim[];
}

export interface GraphWire {
  nodes: Entity[];
  bundles: Bundle[];
}

export type Direction = 'out' | 'in' | 'both';

export interface SeedResult extends GraphWire {
  /** Bundles among the seed entities that were not sent (smallest first); the view says so. */
  omittedBundles: number;
  /** On a graph ingest did not rank: the nodes are the best-connected of `examined` of its `nodes` nodes. */
  sample?: { examined: number; nodes: number };
}

export interface ExpandResult extends GraphWire {
  center: Entity;
  /** Distinct neighbours matching the filter. */
  total: number;
  returned: number;
  skip: number;
  limit: number;
  /** The center has more relationships than one walk reads (WALK_CAP, a graph without a hub index): the
   *  neighbours and `total` are those of the relationships read. */
  partial?: true;
}

/** One page of POST /api/graph: the entities asked for, and a page of the bundles among them. */
export interface GraphPage extends GraphWire {
  missing: string[];
  /** Pass back as `cursor` for the next page of bundles; null on the last page. */
  next: string | null;
}

export interface PathsResult {
  paths: GraphWire[];
  max: number;
}

export interface DegreeCount {
  type: string;
  direction: 'out' | 'in';
  count: number;
}

export interface Mention {
  article: ArticleRef;
  count: number;
}

export interface EntityDetail {
  entity: Entity;
  /** Relationships per type and direction (stored by ingest for curated entities, else counted live). */
  degree: DegreeCount[];
  /** False when the live count stopped at its cap (a node of very high degree): the counts are "at least". */
  degreeComplete?: false;
  claimCount: number;
  /** The articles that mention it most (capped); mentionCount counts all of them. */
  mentions: Mention[];
  mentionCount: number;
}

export interface ClaimsPage {
  claims: Claim[];
  /** Claims that match the request (after filters). */
  total: number;
  skip: number;
  limit: number;
  /** The node has more relationships than one walk reads (WALK_CAP): `total` counts those read. */
  partial?: true;
}

export interface SearchResult extends Entity {
  /** Full-text relevance (Lucene) for a full-text hit; for an indexed or scanned hit 3 exact, 2 prefix,
   *  1 substring match of a caption-like property (server/search). */
  score: number;
}

/** How GET /api/search found its answer: full-text indexes, exact/prefix seeks on RANGE or TEXT indexes of
 *  caption properties, or a capped substring scan. */
export type SearchMethod = 'fulltext' | 'indexed' | 'scan';

export interface SearchPage {
  results: SearchResult[];
  /** The least precise method that took part (a scan runs only when the indexes found nothing). */
  method: SearchMethod;
  /** The answer may miss matches: the scan answered (it examines a capped number of nodes, substring only),
   *  or the page was cut to the response budget. */
  partial: boolean;
  /** Nodes the scan examined, when it ran. */
  scanned?: number;
}

export interface Article extends ArticleRef {
  language: string | null;
  text: string;
}

export interface Schema {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  propertyKeys: string[];
}

export const bundleId = (b: Pick<Bundle, 'source' | 'type' | 'target'>): string => `${b.source}|${b.type}|${b.target}`;

/** Inverse of bundleId; null when the text is not one. Entity ids never contain '|'. */
export function parseBundleId(id: string): { source: string; type: string; target: string } | null {
  const parts = id.split('|');
  if (parts.length !== 3 || parts.some((p) => p.length === 0)) return null;
  return { source: parts[0]!, type: parts[1]!, target: parts[2]! };
}

export const isComplete = (b: Bundle): boolean => b.claims.length >= b.count;
