// Builds (first run) and starts the embedded Neo4j launcher as a child process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR, type Neo4jConfig } from '../lib/config.ts';

const NEO4J_DIR = path.join(ROOT_DIR, 'neo4j');
const CLASSES = path.join(NEO4J_DIR, 'target', 'classes');
const LIB = path.join(NEO4J_DIR, 'target', 'lib');
const READY = /\[neo4j\] Bolt ready at (\S+)/;

export interface EmbeddedNeo4j {
  uri: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface StartOptions {
  log?: (line: string) => void;
  /** A folder LOAD CSV may read from; file URLs stay off without it. */
  csvImportDir?: string;
  timeoutMs?: number;
}

function built(): boolean {
  return (
    existsSync(path.join(CLASSES, 'explorer', 'EmbeddedNeo4j.class')) && existsSync(LIB) && readdirSync(LIB).length > 50
  );
}

/** Resolves the Neo4j jars from Maven Central once; Maven prints its own progress. */
export function ensureBuilt(log: (line: string) => void = console.log): void {
  if (built()) return;
  log('[neo4j] first run: resolving Neo4j 5.26 jars from Maven Central (this takes a minute)…');
  const r = spawnSync('mvn', ['-B', 'package', '-DskipTests', '-Dstyle.color=never'], {
    cwd: NEO4J_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.error) throw new Error(`could not run Maven (mvn): ${r.error.message}. Install Maven and Java 17.`);
  if (r.status !== 0) throw new Error(`Maven build of the embedded Neo4j launcher failed (exit ${r.status})`);
}

export async function startEmbedded(cfg: Neo4jConfig, opts: StartOptions = {}): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? ((l: string) => console.log(l));
  ensureBuilt(log);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_HOME_DIR: cfg.homeDir,
    NEO4J_BOLT_HOST: cfg.boltHost,
    NEO4J_BOLT_PORT: String(cfg.boltPort),
    NEO4J_USER: cfg.user,
    NEO4J_PASSWORD: cfg.password,
    NEO4J_PAGECACHE: cfg.pageCache,
    NEO4J_CSV_IMPORT_DIR: opts.csvImportDir ?? '',
  };
  const child = spawn(
    'java',
    [
      `-Xms${cfg.heap}`,
      `-Xmx${cfg.heap}`,
      '-XX:+UseG1GC',
      '-cp',
      `${CLASSES}${path.delimiter}${LIB}/*`,
      'explorer.EmbeddedNeo4j',
    ],
    { cwd: ROOT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );

  const uri = await new Promise<string>((resolve, reject) => {
    let tail: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`Neo4j did not open Bolt within ${(opts.timeoutMs ?? 120_000) / 1000}s:\n${tail.join('\n')}`));
    }, opts.timeoutMs ?? 120_000);
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        tail = [...tail.slice(-30), line];
        const m = READY.exec(line);
        if (m) {
          clearTimeout(timer);
          log(line);
          resolve(m[1]!);
        }
      }
    };
    child.stdout!.on('data', onLine);
    child.stderr!.on('data', onLine);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before Bolt opened:\n${tail.join('\n')}`));
    });
  });

  return {
    uri,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
      }),
  };
}
