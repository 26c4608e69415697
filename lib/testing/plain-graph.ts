// Tagged plain nodes and relationships (lib/neo4j/values.ts toPlain's shapes) for unit tests of the decoder and
// of everything that reads Cypher results: one builder instead of one per test file.
import type { Plain } from '../neo4j/values.ts';

export const plainNode = (id: string, labels: string[], properties: Record<string, Plain>): Plain => ({
  $type: 'node',
  id,
  labels,
  properties,
});

export const plainRel = (
  id: string,
  type: string,
  start: string,
  end: string,
  properties: Record<string, Plain> = {},
): Plain => ({ $type: 'relationship', id, type, start, end, properties });
