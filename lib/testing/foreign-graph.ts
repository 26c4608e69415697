// A graph this app did not create, written with plain Cypher: a shipping registry, nothing like the story.
// No :Entity label, integer `id`s and keys, captions in `vesselName` / `legalName` / `portName` (never `name`),
// typed properties (dates, datetimes, points, lists, floats), relationship properties, two parallel
// relationships, a node with two labels (:Company:Shipowner) and one relationship that carries evidence.
import type { Db } from '../neo4j/client.ts';

export const FOREIGN_GRAPH_CYPHER = `
CREATE (given:Vessel {id: 1, imo: 9811000, vesselName: 'Ever Given', built: date('2018-09-25'), tonnage: 220940, flags: ['PA', 'NL']})
CREATE (ace:Vessel {id: 2, imo: 9893890, vesselName: 'Ever Ace', built: date('2021-07-29'), tonnage: 235579})
CREATE (moller:Vessel {id: 3, imo: 9619907, vesselName: 'Maersk Mc-Kinney Møller', tonnage: 194849, draughtM: 14.5})
CREATE (shoei:Company:Shipowner {id: 10, companyNo: 1001, legalName: 'Shoei Kisen Kaisha', founded: 1932})
CREATE (evergreen:Company {id: 11, companyNo: 1002, legalName: 'Evergreen Marine'})
CREATE (maersk:Company {id: 12, companyNo: 1003, legalName: 'A.P. Moller-Maersk'})
CREATE (rtm:Port {id: 20, portCode: 'NLRTM', portName: 'Rotterdam', location: point({latitude: 51.95, longitude: 4.14})})
CREATE (suez:Port {id: 21, portCode: 'EGSUZ', portName: 'Suez Canal', location: point({latitude: 30.0, longitude: 32.58})})
CREATE (ytn:Port {id: 22, portCode: 'CNYTN', portName: 'Yantian'})
CREATE (given)-[:OWNED_BY {since: date('2018-09-25'), share: 1.0}]->(shoei)
CREATE (given)-[:OPERATED_BY {since: date('2018-09-25'), contract: 'time charter'}]->(evergreen)
CREATE (ace)-[:OPERATED_BY {since: date('2021-07-29'), contract: 'owned'}]->(evergreen)
CREATE (moller)-[:OPERATED_BY {contract: 'owned'}]->(maersk)
CREATE (given)-[:CALLED_AT {arrived: datetime('2021-07-29T06:00:00Z'), berths: [3, 4]}]->(rtm)
CREATE (given)-[:CALLED_AT {arrived: datetime('2019-02-11T14:30:00Z'), berths: [7]}]->(rtm)
CREATE (ace)-[:CALLED_AT {arrived: datetime('2021-09-02T09:15:00Z')}]->(rtm)
CREATE (moller)-[:CALLED_AT {arrived: datetime('2020-05-01T12:00:00Z')}]->(ytn)
CREATE (given)-[:CALLED_AT {arrived: datetime('2021-03-01T08:00:00Z')}]->(ytn)
CREATE (given)-[:BLOCKED {status: 'confirmed', quote: 'The Ever Given ran aground and blocked the canal for six days.', date: date('2021-03-23'), days: 6}]->(suez)
CREATE (evergreen)-[:CHARTERS_FROM {since: 2018}]->(shoei)
`;

/** Nodes, relationships and labels of FOREIGN_GRAPH_CYPHER, for assertions. */
export const FOREIGN_GRAPH = {
  nodes: 9,
  relationships: 11,
  labels: ['Company', 'Port', 'Shipowner', 'Vessel'],
  relationshipTypes: ['BLOCKED', 'CALLED_AT', 'CHARTERS_FROM', 'OPERATED_BY', 'OWNED_BY'],
} as const;

/** Writes the fixture into `db` (which the caller emptied first). */
export async function writeForeignGraph(db: Db): Promise<void> {
  const r = await db.run({ mode: 'WRITE', text: FOREIGN_GRAPH_CYPHER });
  if (!r.ok) throw new Error(r.error.message);
}

/** Every node and relationship in the database: what "wrote nothing" is measured by. */
export async function graphCounts(db: Db): Promise<{ nodes: number; relationships: number }> {
  const r = await db.run({
    text: 'MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS relationships',
  });
  if (!r.ok) throw new Error(r.error.message);
  const rec = r.value.records[0]!;
  return { nodes: Number(rec.get('nodes')), relationships: Number(rec.get('relationships')) };
}

/** The element id of the node with fixture `id` (e.g. 1 = the Ever Given), as the API keys it. */
export async function foreignKey(db: Db, id: number): Promise<string> {
  const r = await db.run({ text: 'MATCH (n {id: $id}) RETURN elementId(n) AS eid', params: { id } });
  if (!r.ok) throw new Error(r.error.message);
  return `neo4j:${String(r.value.records[0]!.get('eid'))}`;
}
