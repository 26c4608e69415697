// Saved report queries: cypher/queries/<id>.cypher with `// title:`, `// description:`, `// params:` headers.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SavedQuery } from '../../lib/model/console.ts';

const HEADER = /^\/\/\s*(title|description|params):\s?(.*)$/;

/** Parses one file; header lines are removed from `text`, other comments stay. Pure. */
export function parseSavedQuery(id: string, source: string): SavedQuery {
  const meta: Record<string, string> = {};
  const body: string[] = [];
  let inHeader = true;
  for (const line of source.split(/\r?\n/)) {
    const m = inHeader ? HEADER.exec(line.trim()) : null;
    if (m) {
      const key = m[1]!;
      meta[key] = meta[key] !== undefined && key === 'description' ? `${meta[key]} ${m[2]!.trim()}` : m[2]!.trim();
      continue;
    }
    if (line.trim() !== '') inHeader = false;
    if (!inHeader) body.push(line);
  }
  let params: Record<string, unknown> = {};
  if (meta.params) {
    const parsed: unknown = JSON.parse(meta.params);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`cypher/queries/${id}.cypher: // params: must be a JSON object`);
    }
    params = parsed as Record<string, unknown>;
  }
  if (!meta.title) throw new Error(`cypher/queries/${id}.cypher: missing // title: header`);
  return { id, title: meta.title, description: meta.description ?? '', params, text: body.join('\n').trim() };
}

export function loadSavedQueries(dir: string): SavedQuery[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  } catch {
    return [];
  }
  return files.sort().map((f) => parseSavedQuery(f.replace(/\.cypher$/, ''), readFileSync(path.join(dir, f), 'utf8')));
}
