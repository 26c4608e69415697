// The chaos phase's three events: kill -9 of the product's JVM, a console bomb (a query that builds a
// 50-million-element list) and a concurrent `npm run ingest` of data/, each with what came of it.
import { consoleRequest } from './mix.ts';
import type { Client } from './http.ts';
import { spawnTsx, stopTree } from './child.ts';
import { productEnv, type Product } from './product.ts';

export interface KillOutcome {
  at: number;
  pid: number | null;
  /** Why there was nothing to kill, if so. */
  error: string | null;
}

export function killJvm(product: Product): KillOutcome {
  const at = performance.now();
  const pid = product.jvmPid() ?? null;
  if (pid === null) return { at, pid, error: 'no explorer.EmbeddedNeo4j process below npm start' };
  process.kill(pid, 'SIGKILL');
  return { at, pid, error: null };
}

export interface EventOutcome {
  /** performance.now() when it started. */
  at: number;
  ms: number;
  /** HTTP status, or the ingest's exit code. */
  code: number | null;
  detail: string;
}

export const BOMB = 'RETURN range(1, 50000000) AS r';

export async function consoleBomb(client: Client, origin: string): Promise<EventOutcome> {
  const at = performance.now();
  const a = await client.send(consoleRequest(origin, BOMB), true);
  const detail =
    a.status === 0 ? `no response (${a.error})` : `${a.bytes} bytes${a.code ? `, error code ${a.code}` : ''}`;
  return { at, ms: performance.now() - at, code: a.status || null, detail };
}

/** `npx tsx ingest/cli.ts data/` against the product's store; stopped if it runs past `capMs`. */
export async function concurrentIngest(capMs: number): Promise<EventOutcome> {
  const at = performance.now();
  let tail: string[] = [];
  const child = spawnTsx('ingest/cli.ts', ['data/'], productEnv(), (l) => (tail = [...tail.slice(-3), l.trim()]));
  const cap = setTimeout(() => void stopTree(child, 5_000), capMs);
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', (c) => resolve(c));
    child.once('error', () => resolve(null));
  });
  clearTimeout(cap);
  await stopTree(child, 1_000);
  const ms = performance.now() - at;
  const detail = ms >= capMs ? `stopped after ${capMs / 1000} s` : (tail.filter(Boolean).pop() ?? '');
  return { at, ms, code, detail };
}
