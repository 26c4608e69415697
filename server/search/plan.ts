// Which methods can search which labels of this database, decided from its schema (cypher/search-schema.cypher):
// every ONLINE full-text node index; for labels no full-text index covers, single-property RANGE or TEXT indexes
// on a caption property (exact and prefix seeks); and whether anything is left for the capped scan. Pure.
import { captionKey, isCaptionLike } from '../../lib/model/caption.ts';
import { isSafeIdentifier } from './identifiers.ts';

/** Every answer is bounded: this many indexes are queried, properties matched and nodes scanned at most. */
export const SEARCH_CAPS = { fulltextIndexes: 8, lookups: 16, scanKeys: 32, scanNodes: 10_000 } as const;

/** The app's own bookkeeping (the ingest marker and lock, the hub index of lib/model/hub-index.ts). */
export const isInternalLabel = (label: string): boolean => label === 'ExplorerMeta' || label.startsWith('ExplorerHub');

/** One row of SHOW INDEXES (node indexes that are ONLINE). */
export interface IndexRow {
  name: string;
  type: string;
  labels: string[];
  properties: string[];
}

export interface FulltextIndex {
  name: string;
  labels: string[];
}

export interface Lookup {
  label: string;
  property: string;
}

export interface SearchPlan {
  fulltext: FulltextIndex[];
  lookups: Lookup[];
  /** Labels the full-text indexes cover: the scan skips their nodes. */
  covered: string[];
  /** Caption-like property keys the scan matches (any property key when the database has none). */
  scanKeys: string[];
  /** Some label (or unlabelled nodes, in an empty schema) is not covered by a full-text index. */
  scanNeeded: boolean;
}

function fulltextIndexes(indexes: readonly IndexRow[]): FulltextIndex[] {
  return indexes
    .filter((i) => i.type === 'FULLTEXT' && i.labels.some((l) => !isInternalLabel(l)))
    .map((i) => ({ name: i.name, labels: i.labels.filter((l) => !isInternalLabel(l)) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, SEARCH_CAPS.fulltextIndexes);
}

/** Seekable (label, property) pairs outside `covered`; per label its caption key first, then by name. */
export function lookupsOf(indexes: readonly IndexRow[], covered: ReadonlySet<string>): Lookup[] {
  const byLabel = new Map<string, Set<string>>();
  for (const i of indexes) {
    if ((i.type !== 'RANGE' && i.type !== 'TEXT') || i.labels.length !== 1 || i.properties.length !== 1) continue;
    const label = i.labels[0]!;
    const property = i.properties[0]!;
    // A TEXT index holds strings only; a RANGE index may be on numbers, so only caption-like names count.
    if (isInternalLabel(label) || covered.has(label) || !(i.type === 'TEXT' || isCaptionLike(property))) continue;
    if (!isSafeIdentifier(label) || !isSafeIdentifier(property)) continue;
    byLabel.set(label, (byLabel.get(label) ?? new Set()).add(property));
  }
  // Every label's caption key before any label's second property, so the cap cuts seconds first.
  const best: Lookup[] = [];
  const others: Lookup[] = [];
  for (const [label, props] of [...byLabel].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const caption = captionKey([...props], () => true)!;
    best.push({ label, property: caption });
    for (const property of [...props].sort()) if (property !== caption) others.push({ label, property });
  }
  return [...best, ...others].slice(0, SEARCH_CAPS.lookups);
}

export function scanKeysOf(propertyKeys: readonly string[]): string[] {
  const caption = propertyKeys.filter(isCaptionLike);
  return [...(caption.length > 0 ? caption : propertyKeys)].sort().slice(0, SEARCH_CAPS.scanKeys);
}

export function planSearch(
  indexes: readonly IndexRow[],
  labels: readonly string[],
  propertyKeys: readonly string[],
): SearchPlan {
  const fulltext = fulltextIndexes(indexes);
  const covered = new Set(fulltext.flatMap((i) => i.labels));
  const userLabels = labels.filter((l) => !isInternalLabel(l));
  return {
    fulltext,
    lookups: lookupsOf(indexes, covered),
    covered: [...covered].sort(),
    scanKeys: scanKeysOf(propertyKeys),
    scanNeeded: userLabels.length === 0 || userLabels.some((l) => !covered.has(l)),
  };
}
