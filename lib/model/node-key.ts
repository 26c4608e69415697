// How the API names a node: the curated `id` of an :Entity (the story's 'north-korea'), or, for any other node
// of any graph, `neo4j:<elementId>`. Every endpoint that takes or returns a node key uses this module, and the
// Cypher files resolve a key through its two parameters {id, eid} (see toKeyParam).
import { ID_PATTERN } from './domain.ts';

export const ELEMENT_KEY_PREFIX = 'neo4j:';

/** Neo4j 5 element ids look like `4:0f3b…:123`; other servers may differ, so only '|' and ',' are excluded. */
const ELEMENT_ID = /^[A-Za-z0-9:_.-]{1,200}$/;

export type NodeRef = { kind: 'id'; id: string } | { kind: 'element'; elementId: string };

export const elementKey = (elementId: string): string => `${ELEMENT_KEY_PREFIX}${elementId}`;
export const isElementKey = (key: string): boolean => key.startsWith(ELEMENT_KEY_PREFIX);

/** A wire key → what it names; null when it is neither a curated id nor an element key. */
export function parseNodeKey(key: string): NodeRef | null {
  if (isElementKey(key)) {
    const elementId = key.slice(ELEMENT_KEY_PREFIX.length);
    return ELEMENT_ID.test(elementId) ? { kind: 'element', elementId } : null;
  }
  return ID_PATTERN.test(key) ? { kind: 'id', id: key } : null;
}

export const isNodeKey = (key: string): boolean => parseNodeKey(key) !== null;

/** The Cypher parameter for a key: `{id}` matches `(:Entity {id})`, `{eid}` matches `elementId(n)`. */
export function toKeyParam(key: string): { id: string | null; eid: string | null } {
  const ref = parseNodeKey(key);
  if (!ref) throw new Error(`not a node key: ${key}`);
  return ref.kind === 'id' ? { id: ref.id, eid: null } : { id: null, eid: ref.elementId };
}

/** The key of a node: its curated id when it is an :Entity with one, else its element key. The Cypher files
 *  compute the same with `CASE WHEN n:Entity AND n.id =~ '[a-z0-9]+(-[a-z0-9]+)*' THEN n.id ELSE 'neo4j:' +
 *  elementId(n) END` (pinned to this by server/foreign-graph.int.test.ts). */
export function nodeKeyOf(labels: readonly string[], id: unknown, elementId: string): string {
  return labels.includes('Entity') && typeof id === 'string' && ID_PATTERN.test(id) ? id : elementKey(elementId);
}
