// Every query the app runs lives in cypher/<name>.cypher and is loaded by name.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';

const cache = new Map<string, string>();
const NAME = /^[a-z0-9][a-z0-9_/-]*$/;

export function cypher(name: string, dir = path.join(ROOT_DIR, 'cypher')): string {
  const key = `${dir}:${name}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (!NAME.test(name)) throw new Error(`invalid cypher file name "${name}"`);
  const file = path.join(dir, `${name}.cypher`);
  if (!existsSync(file)) throw new Error(`no such query: cypher/${name}.cypher`);
  const text = readFileSync(file, 'utf8');
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
