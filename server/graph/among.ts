// The bundles among a set of nodes (any node keys) (seed, graph restore): keys with counts first, then whole bundles.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Db } from '../../lib/neo4j/client.ts';
import { toPlain } from '../../lib/neo4j/values.ts';
import { bundleId } from '../../lib/model/wire.ts';
import { query } from '../http/db.ts';
import type { BundleKey } from './bundles.ts';
import { toKeyParam } from '../../lib/model/node-key.ts';

/** A node key with its Cypher lookups (lib/model/node-key.ts), as the bundle-keys queries take them. */
const keyParam = (key: string) => ({ key, ...toKeyParam(key) });

export interface CountedKey extends BundleKey {
  count: number;
}

/** Every bundle key from `sources` to `targets` (default: among `sources`), largest first, then by bundle id
 *  (a stable order for cursors). */
export async function keysAmong(db: Db, sources: string[], targets = sources): Promise<CountedKey[]> {
  if (sources.length === 0 || targets.length === 0) return [];
  const [src, tgt] = [sources.map(keyParam), targets.map(keyParam)];
  return sorted(await query(db, 'bundle-keys-among', { sources: src, targets: tgt, targetKeys: targets }));
}

/** Rows (source, type, target, count) as keys, largest first, then by bundle id (a stable order for cursors). */
function sorted(rows: Neo4jRecord[]): CountedKey[] {
  const keys = rows.map((r) => ({
    source: String(r.get('source')),
    type: String(r.get('type')),
    target: String(r.get('target')),
    count: toPlain(r.get('count')) as number,
  }));
  // The same order as byBundleSize, so a cut by count here is the cut the bundles list shows.
  return keys
    .map((k) => ({ k, id: bundleId(k) }))
    .sort((a, b) => b.k.count - a.k.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((x) => x.k);
}

/** Every bundle key between the entities `focus` and the entities `ids`, in either direction, largest first. */
export async function keysTouching(db: Db, focus: string[], ids: string[]): Promise<CountedKey[]> {
  if (focus.length === 0 || ids.length === 0) return [];
  const params = { focus: focus.map(keyParam), ids: ids.map(keyParam), idKeys: ids };
  return sorted(await query(db, 'bundle-keys-touching', params));
}
