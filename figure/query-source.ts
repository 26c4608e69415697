// What `--query <q>` names: a saved report query (`troop-figures`, as the README shows), a .cypher file, or Cypher
// text. A bare name is never sent to Neo4j as Cypher: "Invalid input 'troop'" told the user nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { titleFromHeader } from './queryHeader.ts';

export interface QuerySource {
  text: string;
  /** The file's base name, for the "generated from" line. */
  file?: string;
  /** The saved query's `// title:` header. */
  title?: string;
}

/** A saved-query name or file name: one token of name characters, optionally ending in .cypher. */
const NAME = /^[\w.-]+$/;

export function resolveQuery(q: string, queriesDir: string): QuerySource | { error: string } {
  const token = q.trim();
  if (!NAME.test(token) && !/^\S+\.cypher$/i.test(token)) return { text: q };
  const file = /\.cypher$/i.test(token) ? token : `${token}.cypher`;
  const hit = [file, path.join(queriesDir, file)].find((c) => existsSync(c));
  if (!hit) {
    const saved = listSavedQueries(queriesDir);
    return { error: `no saved query named "${token}" (saved: ${saved.join(', ') || 'none'}; or give Cypher text)` };
  }
  const text = readFileSync(hit, 'utf8');
  return { text, file: path.basename(hit), title: titleFromHeader(text) };
}

/** The saved report queries' names (cypher/queries/*.cypher), sorted; none when the folder is missing. */
export function listSavedQueries(queriesDir: string): string[] {
  let files: string[];
  try {
    files = readdirSync(queriesDir);
  } catch {
    return [];
  }
  return files
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .sort();
}
