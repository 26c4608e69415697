// Whether this app filled the database, so that nothing writes into a graph someone else made (a film
// database once got data/ ingested into it by `npm start`). Pure: the facts come from
// cypher/db-ownership.cypher (ingest/ownership-check.ts reads them).

/**
 * empty: no node at all. ours: every node is of a kind this app writes and an ingest left its marker.
 * foreign: anything else (nodes with other labels or none, or the app's labels without its marker).
 */
export type OwnershipKind = 'empty' | 'ours' | 'foreign';

/** What cypher/db-ownership.cypher returns. */
export interface OwnershipFacts {
  nodes: number;
  entities: number;
  /** Nodes of the kinds this app writes (Entity, Article, ExplorerMeta, ExplorerHub…), summed per kind. */
  appNodes: number;
  /** Whether the ingest marker, ExplorerMeta {key: 'ingest'}, exists. */
  marked: boolean;
  /** The first labels in use (sorted) that are neither an app kind nor an entity type, and how many there are. */
  otherLabels: string[];
  otherLabelCount: number;
  /** Entity type labels (Person, Country, … of lib/model/domain.ts) in use. */
  typeLabels: string[];
  /** App kind labels (Entity, Article, Explorer…) in use. */
  appLabels: string[];
}

export interface Ownership {
  kind: OwnershipKind;
  nodes: number;
  entities: number;
  /** Nodes of no kind this app writes: other labels, or none. */
  foreignNodes: number;
  /** Nodes of the app's kinds in a database no ingest marked: someone else's :Article, say. */
  unmarkedAppNodes: number;
  /** The app kind labels those unmarked nodes carry. */
  unmarkedLabels: string[];
  /** A few labels this app did not write (sorted), for messages; `moreLabels` when there are others. */
  labels: string[];
  moreLabels: boolean;
}

/** Labels a message names at most. */
export const MAX_LABELS = 5;

export function classifyOwnership(f: OwnershipFacts): Ownership {
  // A foreign node that carries two app labels is summed twice in appNodes: never below zero.
  const foreignNodes = Math.max(0, f.nodes - f.appNodes);
  // Type labels sit on :Entity nodes; with no entity at all, whatever carries one is someone else's
  // (with entities, telling which Person is ours would take a scan: the count arithmetic still tells).
  const labels = [...f.otherLabels, ...(f.entities === 0 ? f.typeLabels : [])].sort();
  const otherCount = f.otherLabelCount + (f.entities === 0 ? f.typeLabels.length : 0);
  const owned = f.marked && foreignNodes === 0 && f.otherLabelCount === 0;
  return {
    kind: f.nodes === 0 ? 'empty' : owned ? 'ours' : 'foreign',
    nodes: f.nodes,
    entities: f.entities,
    foreignNodes,
    unmarkedAppNodes: f.marked ? 0 : f.appNodes,
    unmarkedLabels: f.marked ? [] : f.appLabels,
    labels: labels.slice(0, MAX_LABELS),
    moreLabels: otherCount > MAX_LABELS,
  };
}

const nodes = (n: number) => `${n.toLocaleString('en-US')} node${n === 1 ? '' : 's'}`;

/** What makes a foreign database foreign, to follow "the database holds …". */
export function describeForeign(o: Ownership): string {
  const labels = o.labels.length ? ` (labels ${o.labels.join(', ')}${o.moreLabels ? '…' : ''})` : '';
  const parts: string[] = [];
  if (o.foreignNodes > 0) parts.push(`${nodes(o.foreignNodes)} this app did not write${labels}`);
  else if (labels) parts.push(`nodes with labels this app does not write${labels}`);
  if (o.unmarkedAppNodes > 0)
    parts.push(
      `${nodes(o.unmarkedAppNodes)} with this app's labels (${o.unmarkedLabels.join(', ')}) that no ingest of this app marked as its own`,
    );
  return parts.join(' and ');
}
