// The product as a user runs it: `npx tsx scripts/start.ts` in a child process on the bench's own ports and
// store, ready when it prints "Explorer ready: <url>". Its embedded Neo4j is the JVM the chaos phase kills.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../lib/config.ts';
import { spawnTsx, stopTree } from './child.ts';
import { findDescendant, readProcTable } from './proc.ts';

export const HTTP_PORT = 5231;
export const BOLT_PORT = 7704;
export const STORE_DIR = path.join(ROOT_DIR, '.data', 'bench-load');
const READY = /Explorer ready: (\S+)/;
const JVM_MAIN = 'explorer.EmbeddedNeo4j';

/** What the product and every command the bench runs against it (counts, ingest) read their config from. */
export const productEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  PORT: String(HTTP_PORT),
  NEO4J_BOLT_PORT: String(BOLT_PORT),
  NEO4J_HOME_DIR: STORE_DIR,
  NEO4J_URI: '',
});

export interface Product {
  url: string;
  child: ChildProcess;
  /** The embedded Neo4j's JVM below the product, if it runs now. */
  jvmPid(): number | undefined;
  stop(): Promise<void>;
}

export async function startProduct(opts: { reuse: boolean; log: (s: string) => void }): Promise<Product> {
  if (!opts.reuse) rmSync(STORE_DIR, { recursive: true, force: true });
  let tail: string[] = [];
  let onReady: (url: string) => void = () => undefined;
  const ready = new Promise<string>((resolve) => (onReady = resolve));
  const child = spawnTsx('scripts/start.ts', [], productEnv(), (line) => {
    tail = [...tail.slice(-30), line];
    opts.log(`  [start] ${line}`);
    const m = READY.exec(line);
    if (m) onReady(m[1]!);
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before ready:\n${tail.join('\n')}`))),
  );
  exited.catch(() => undefined);
  const stop = () => stopTree(child, 40_000);
  try {
    const url = await Promise.race([ready, exited, timeout(600_000, 'npm start was not ready within 10 min')]);
    const jvmPid = () =>
      child.pid === undefined ? undefined : findDescendant(readProcTable(), child.pid, JVM_MAIN)?.pid;
    return { url, child, jvmPid, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

const timeout = (ms: number, message: string): Promise<never> =>
  new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms).unref());
