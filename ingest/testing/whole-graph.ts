// What "wrote nothing" is measured by in the ownership tests: every node and relationship with its element
// id, labels and properties (a changed property or a node deleted and made again shows, which counts alone
// would miss), and the names of every constraint and index. For small test graphs only: it reads them whole.
import type { Db } from '../../lib/neo4j/client.ts';

async function rows(db: Db, text: string): Promise<Record<string, unknown>[]> {
  const r = await db.run({ text });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.records.map((x) => x.toObject());
}

const sortedKeys = (props: unknown) =>
  Object.entries(props as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));

/** One sorted line per node and relationship. */
export async function wholeGraph(db: Db): Promise<string[]> {
  const nodes = await rows(db, 'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props');
  const rels = await rows(
    db,
    `MATCH (a)-[r]->(b)
     RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props`,
  );
  const lines = [
    ...nodes.map((n) => JSON.stringify([n.id, [...(n.labels as string[])].sort(), sortedKeys(n.props)])),
    ...rels.map((r) => JSON.stringify([r.id, r.type, r.from, r.to, sortedKeys(r.props)])),
  ];
  return lines.sort();
}

/** The part of `graph` (a wholeGraph answer) on nodes that carry one of `labels`: them and the relationships between them. */
export function subgraphLabelled(graph: string[], labels: readonly string[]): string[] {
  const rows = graph.map((line) => ({ line, row: JSON.parse(line) as unknown[] }));
  const isNode = (row: unknown[]) => Array.isArray(row[1]);
  const ids = new Set(
    rows
      .filter(({ row }) => isNode(row) && (row[1] as string[]).some((l) => labels.includes(l)))
      .map(({ row }) => row[0]),
  );
  return rows
    .filter(({ row }) => (isNode(row) ? ids.has(row[0]) : ids.has(row[2]) && ids.has(row[3])))
    .map(({ line }) => line);
}

/** Every constraint and index by name, sorted. */
export async function schemaNames(db: Db): Promise<string[]> {
  const constraints = await rows(db, 'SHOW CONSTRAINTS YIELD name RETURN name');
  const indexes = await rows(db, 'SHOW INDEXES YIELD name RETURN name');
  return [...constraints, ...indexes].map((r) => String(r.name)).sort();
}
