// What the database holds, read inside the ingest transaction after the lock: the plan (and its counts) is
// made against the graph as it is when this ingest writes, not as it was before another ingest committed.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { TxRunner } from '../../lib/neo4j/client.ts';
import { cypher } from '../../lib/neo4j/cypher.ts';
import type { Existing } from './plan.ts';

const str = (r: Neo4jRecord, key: string): string => r.get(key) as string;

async function records(tx: TxRunner, name: string): Promise<Neo4jRecord[]> {
  return (await tx.run(cypher(name), {})).records;
}

function readClaims(rows: Neo4jRecord[], existing: Existing): void {
  const duplicates: NonNullable<Existing['duplicateClaims']> = [];
  for (const rec of rows) {
    const claim = { hash: rec.get('hash'), eid: str(rec, 'eid'), type: str(rec, 'type') };
    const ends = { from: str(rec, 'from'), to: str(rec, 'to') };
    // A second relationship with a claim id (written by ingests that ran at once before the lock): kept
    // out of the plan's view of the graph and deleted by it.
    if (existing.claims.has(str(rec, 'id'))) duplicates.push({ eid: claim.eid, ...ends });
    else existing.claims.set(str(rec, 'id'), { ...claim, ...ends });
  }
  existing.duplicateClaims = duplicates;
}

function readMentions(rows: Neo4jRecord[], existing: Existing): void {
  const twice = new Set<string>();
  let extra = 0;
  for (const rec of rows) {
    const key = `${str(rec, 'article')}\u0000${str(rec, 'entity')}`;
    const c = rec.get('count');
    if (existing.mentions.has(key)) {
      extra++;
      twice.add(str(rec, 'article'));
    }
    existing.mentions.set(key, typeof c === 'number' ? c : Number(c));
  }
  existing.duplicateMentions = extra;
  existing.duplicateMentionArticles = [...twice];
}

export async function readExisting(tx: TxRunner): Promise<Existing> {
  const existing: Existing = { entities: new Map(), articles: new Map(), claims: new Map(), mentions: new Map() };
  // Sent together: the driver pipelines them in the one transaction, so decoding one overlaps the next.
  const [entities, articles, claims, mentions] = await Promise.all(
    ['ingest-known-entities', 'ingest-known-articles', 'ingest-existing-claims', 'ingest-existing-mentions'].map(
      (name) => records(tx, name),
    ),
  );
  for (const rec of entities!)
    existing.entities.set(str(rec, 'id'), {
      name: rec.get('name'),
      aliases: rec.get('aliases'),
      hash: rec.get('hash'),
    });
  for (const rec of articles!)
    existing.articles.set(str(rec, 'id'), { text: rec.get('text') ?? '', hash: rec.get('hash') });
  readClaims(claims!, existing);
  readMentions(mentions!, existing);
  return existing;
}
