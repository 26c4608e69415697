// A perspective (as in Neo4j Bloom): how each node label (a category) and relationship type is drawn, generated
// from the live schema and editable. Plain, versioned JSON on the wire and on disk (GET/PUT /api/perspective);
// the server validates it with zod (server/perspective/schema.ts). Generation lives in perspective-generate.ts.
import type { CategoryShape } from './perspective-palette.ts';
import type { Entity } from './wire.ts';
import { isElementKey } from './node-key.ts';

export const PERSPECTIVE_VERSION = 1;

/** The app's own bookkeeping labels (ingest lock, hub index): never a category. */
export const INTERNAL_LABELS: readonly string[] = [
  'ExplorerMeta',
  'ExplorerHub',
  'ExplorerHubNeighbour',
  'ExplorerHubClaims',
  'ExplorerHubBundle',
];
/** The curated label: every story entity has it, so it says nothing about a node; `type` does. */
export const CURATED_LABEL = 'Entity';

export const isCategoryLabel = (label: string): boolean => label !== CURATED_LABEL && !INTERNAL_LABELS.includes(label);

/** Bounds: a schema with thousands of labels still gives a perspective of a few tens of kB. */
export const PERSPECTIVE_CAPS = {
  categories: 200,
  relationships: 200,
  /** Labels (and relationship types) whose properties are sampled, largest first. */
  sampledLabels: 50,
  /** Nodes (relationships) read per sampled label (type). */
  sampleSize: 100,
  /** Property keys kept per label or type. */
  keys: 100,
  /** Longest label, type or property key accepted. */
  name: 200,
} as const;

export type PropertyKind = 'string' | 'number' | 'boolean' | 'temporal' | 'point' | 'list' | 'map' | 'other';

export interface PropertyFact {
  key: string;
  kinds: PropertyKind[];
}

export interface LabelFact {
  label: string;
  count: number;
  properties: PropertyFact[];
  /** False when its properties were not sampled (beyond sampledLabels, or the sample ran out of time). */
  sampled: boolean;
}

export interface TypeFact {
  type: string;
  count: number;
  properties: PropertyFact[];
  sampled: boolean;
}

export interface SchemaFacts {
  labels: LabelFact[];
  relationshipTypes: TypeFact[];
}

export interface Category {
  label: string;
  /** Property whose value is a node's caption; null: the node's name (curated nodes always keep their name). */
  caption: string | null;
  /** `#rrggbb`. */
  colour: string;
  shape: CategoryShape;
  /** Numeric property that scales the node (within a bounded range); null: every node the same size. */
  sizeBy: string | null;
  hidden: boolean;
}

export interface RelationshipStyle {
  type: string;
  /** Property whose values label the edge; null: the type name. */
  caption: string | null;
  hidden: boolean;
}

export interface Perspective {
  version: typeof PERSPECTIVE_VERSION;
  categories: Category[];
  relationships: RelationshipStyle[];
}

/** GET /api/perspective (and the answer of PUT and DELETE). */
export interface PerspectiveAnswer {
  perspective: Perspective;
  /** True when it comes from the stored file (merged with any labels the schema gained since). */
  stored: boolean;
  /** Labels and types the stored file did not have, generated now. */
  added: string[];
  schema: SchemaFacts;
  /** Set when a stored file exists but is not a valid perspective (a generated one is answered instead). */
  warning?: string;
}

export const emptyPerspective = (): Perspective => ({
  version: PERSPECTIVE_VERSION,
  categories: [],
  relationships: [],
});

/** A node's category: `type` for a curated entity; for any other node its first label that is a category. */
export function categoryOf(e: Pick<Entity, 'id' | 'type' | 'labels'>, has: (label: string) => boolean): string | null {
  if (!isElementKey(e.id)) return has(e.type) ? e.type : null;
  return (e.labels ?? []).find((l) => isCategoryLabel(l) && has(l)) ?? null;
}

/** The category labels a node could have, for facts gathered from the canvas (factsFromEntities). */
export const candidateLabels = (e: Pick<Entity, 'id' | 'type' | 'labels'>): string[] =>
  isElementKey(e.id) ? (e.labels ?? []).filter(isCategoryLabel) : [e.type];
