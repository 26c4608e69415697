// One search hit from a Cypher row: the node through the one decoder (server/graph/map.ts toEntity, so a foreign
// node is keyed `neo4j:<elementId>` with its labels and properties) plus its score.
import { toEntity } from '../graph/map.ts';
import { toPlain } from '../../lib/neo4j/values.ts';
import type { SearchResult } from '../../lib/model/wire.ts';

export function hitOf(node: unknown, score: unknown): SearchResult {
  const s = toPlain(score);
  return { ...toEntity(node), score: typeof s === 'number' ? s : 0 };
}

/** Runs `work` over `items` with at most `width` at a time (one keystroke must not take the whole pool). */
export async function mapLimit<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return out;
}
