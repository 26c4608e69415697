// Rebuilds the hub index (lib/model/hub-index.ts) for the hubs this ingest touched, inside its transaction:
// a reader sees the new data and the new index together, or neither.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { TxRunner } from '../../lib/neo4j/client.ts';
import { cypher } from '../../lib/neo4j/cypher.ts';
import { toPlain } from '../../lib/neo4j/values.ts';
import { bundlesFromClaims } from '../../lib/model/bundle.ts';
import { HUB_CLAIMS_CHUNK, type HubIndexOptions } from '../../lib/model/hub-index.ts';
import { claimsFrom } from '../../server/graph/map.ts';
import type { Progress } from '../progress.ts';

/** Hub-to-hub bundles written per statement. */
const BUNDLE_BATCH = 500;

const ids = (records: Neo4jRecord[]): string[] => records.map((r) => String(r.get('id')));
const num = (r: Neo4jRecord | undefined, key: string): number => Number(toPlain(r?.get(key)) ?? 0);

/** Which hubs to (re)index: new hubs, and hubs whose claims changed (`touched`); which to drop. */
export function hubChanges(
  indexed: string[],
  hubs: string[],
  touched: ReadonlySet<string>,
): { drop: string[]; build: string[] } {
  const now = new Set(hubs);
  const had = new Set(indexed);
  const build = hubs.filter((h) => !had.has(h) || touched.has(h));
  const drop = indexed.filter((h) => !now.has(h) || touched.has(h));
  return { drop, build };
}

async function indexOneHub(tx: TxRunner, hub: string): Promise<void> {
  const n = await tx.run(cypher('ingest-hub-neighbours'), { hub });
  const c = await tx.run(cypher('ingest-hub-claims'), { hub, chunk: neo4j.int(HUB_CLAIMS_CHUNK) });
  await tx.run(cypher('ingest-hub-node'), {
    hub,
    neighbours: neo4j.int(num(n.records[0], 'neighbours')),
    claims: neo4j.int(num(c.records[0], 'claims')),
  });
}

interface StoredBundle {
  key: string;
  source: string;
  type: string;
  target: string;
  count: ReturnType<typeof neo4j.int>;
  json: string;
}

/**
 * Every bundle between two hubs with at least one end in `built`: one pass per source hub over its outgoing
 * relationships, folded in memory by bundleOf (pinned to bundles.cypher by the integration tests). Matching
 * each hub pair instead (Expand(Into)) walks a hub's relationships once per pair. Read before the index is
 * rewritten: reads through a transaction holding 10^5 index changes ran 30 times slower.
 */
async function hubBundles(tx: TxRunner, hubs: string[], built: ReadonlySet<string>): Promise<StoredBundle[]> {
  const out: StoredBundle[] = [];
  for (const source of hubs) {
    const rows = (await tx.run(cypher('ingest-hub-bundle-claims'), { source, hubs })).records.map(
      (r) => r.get('claim') as unknown,
    );
    for (const b of bundlesFromClaims(claimsFrom(rows))) {
      if (!built.has(b.source) && !built.has(b.target)) continue;
      const { id: key, source: s, type, target } = b;
      out.push({ key, source: s, type, target, count: neo4j.int(b.count), json: JSON.stringify(b) });
    }
  }
  return out;
}

/**
 * Brings the hub index up to date with the data written so far in `tx`. `touched` are the entities whose
 * claims changed; a hub not indexed yet (a new hub, or a store indexed before the hub index existed) is built.
 */
export async function rebuildHubIndex(
  tx: TxRunner,
  opts: HubIndexOptions,
  touched: ReadonlySet<string>,
  progress: Progress,
): Promise<{ hubs: string[]; changed: boolean }> {
  const picked = await tx.run(cypher('ingest-hub-pick'), {
    minRank: neo4j.int(opts.minClaims).multiply(1_000_000),
    max: neo4j.int(opts.max),
  });
  const hubs = ids(picked.records);
  const indexed = ids((await tx.run(cypher('ingest-hub-indexed'), {})).records);
  const { drop, build } = hubChanges(indexed, hubs, touched);
  const bundles = build.length > 0 ? await hubBundles(tx, hubs, new Set(build)) : [];
  if (drop.length > 0) await tx.run(cypher('ingest-hub-drop'), { ids: drop });
  if (build.length === 0) return { hubs, changed: drop.length > 0 };
  progress.start('hubs', build.length);
  for (const hub of build) {
    await indexOneHub(tx, hub);
    progress.tick(1);
  }
  progress.done();
  for (let i = 0; i < bundles.length; i += BUNDLE_BATCH)
    await tx.run(cypher('ingest-hub-bundles'), { rows: bundles.slice(i, i + BUNDLE_BATCH) });
  return { hubs, changed: true };
}
