// Node, relationship and claim counts over Bolt, with the config the product's own commands build from
// the same environment (so the embedded password is whatever the store holds, never written here).
import { loadConfig } from '../../lib/config.ts';
import { createDb, type Result } from '../../lib/neo4j/client.ts';
import { toPlain } from '../../lib/neo4j/values.ts';
import { startEmbedded } from '../../neo4j/embedded.ts';
import { productEnv } from './product.ts';

export interface Counts {
  nodes: number;
  relationships: number;
  claims: number;
}

export async function readCounts(): Promise<Result<Counts>> {
  const db = createDb(loadConfig(productEnv()).neo4j);
  try {
    const r = await db.run({ name: 'bench-load-counts' });
    if (!r.ok) return r;
    const row = r.value.records[0];
    const n = (k: string) => Number(toPlain(row?.get(k)));
    return { ok: true, value: { nodes: n('nodes'), relationships: n('relationships'), claims: n('claims') } };
  } finally {
    await db.close().catch(() => undefined);
  }
}

/** After the product stopped: open the store with a Neo4j of our own, count, and stop it again. */
export async function readCountsFromStore(log: (s: string) => void): Promise<Result<Counts>> {
  const neo = await startEmbedded(loadConfig(productEnv()).neo4j, { log: (l) => log(`  ${l}`) });
  try {
    return await readCounts();
  } finally {
    await neo.stop();
  }
}
