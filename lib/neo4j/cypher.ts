// Every query the app runs lives in cypher/<name>.cypher and is loaded by name. Two expressions that many files
// need are written once here, as macros the loader expands: `@key(n)` (the API's key of node n,
// lib/model/node-key.ts), `@claimId(r)` (the wire id of relationship r) and `@drawn(r)` (a relationship the
// explorer draws: any but our articles' MENTIONS).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';
import { ID_PATTERN } from '../model/domain.ts';

const cache = new Map<string, string>();
const NAME = /^[a-z0-9][a-z0-9_/-]*$/;

export function cypher(name: string, dir = path.join(ROOT_DIR, 'cypher')): string {
  const key = `${dir}:${name}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (!NAME.test(name)) throw new Error(`invalid cypher file name "${name}"`);
  const file = path.join(dir, `${name}.cypher`);
  if (!existsSync(file)) throw new Error(`no such query: cypher/${name}.cypher`);
  const text = expandMacros(readFileSync(file, 'utf8'));
  cache.set(key, text);
  return text;
}

/** Splits a file of several statements on `;` at line ends (schema files). */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}

const ID_REGEX = ID_PATTERN.source.replace(/^\^|\$$/g, '').replace('(?:', '(');
const MACROS: Record<string, (v: string) => string> = {
  key: (v) => `CASE WHEN ${v}:Entity AND ${v}.id =~ '${ID_REGEX}' THEN ${v}.id ELSE 'neo4j:' + elementId(${v}) END`,
  drawn: (v) => `NOT (type(${v}) = 'MENTIONS' AND startNode(${v}):Article)`,
  // The wire claim id (server/graph/map.ts toClaim): a text id, else the relationship's element key.
  claimId: (v) => `CASE WHEN ${v}.id IS :: STRING NOT NULL THEN ${v}.id ELSE 'neo4j:' + elementId(${v}) END`,
};

/** `@name(variable)` → the macro's text; an unknown macro is an error, not silently left in the query. */
export function expandMacros(text: string): string {
  return text.replace(/@([a-zA-Z]+)\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (_, name: string, v: string) => {
    const macro = MACROS[name];
    if (!macro) throw new Error(`unknown cypher macro @${name}`);
    return macro(v);
  });
}
