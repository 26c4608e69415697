// Builds (first run, or after the launcher's source changed) and starts the embedded Neo4j launcher.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { halfOf, ROOT_DIR, type Neo4jConfig } from '../lib/config.ts';

const NEO4J_DIR = path.join(ROOT_DIR, 'neo4j');
const CLASSES = path.join(NEO4J_DIR, 'target', 'classes');
const LIB = path.join(NEO4J_DIR, 'target', 'lib');
const CLASS_FILE = path.join(CLASSES, 'explorer', 'EmbeddedNeo4j.class');
const SOURCES = [
  path.join(NEO4J_DIR, 'src', 'main', 'java', 'explorer', 'EmbeddedNeo4j.java'),
  path.join(NEO4J_DIR, 'pom.xml'),
];
const READY = /\[neo4j\] Bolt ready at (\S+)/;
/** On the JVM's command line, so a store's JVM can be found (and killed by the chaos benchmark). */
export const HOME_FLAG = '-Dexplorer.home=';

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  process: ChildProcess;
  /** Settles when the JVM exits, for whatever reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export interface StartOptions {
  log?: (line: string) => void;
  /** A folder LOAD CSV may read from; file URLs stay off without it. */
  csvImportDir?: string;
  timeoutMs?: number;
}

function built(): boolean {
  if (!existsSync(CLASS_FILE) || !existsSync(LIB) || readdirSync(LIB).length < 50) return false;
  const classTime = statSync(CLASS_FILE).mtimeMs;
  return SOURCES.every((s) => !existsSync(s) || statSync(s).mtimeMs <= classTime);
}

/** Resolves the Neo4j jars from Maven Central once and compiles the launcher; Maven prints its own progress. */
export function ensureBuilt(log: (line: string) => void = console.log): void {
  if (built()) return;
  log('[neo4j] building the embedded Neo4j 5.26 launcher (the first run resolves jars from Maven Central)…');
  const r = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests', '-Dstyle.color=never'], {
    cwd: NEO4J_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.error) throw new Error(`could not run Maven (mvn): ${r.error.message}. Install Maven and Java 17.`);
  if (r.status !== 0) throw new Error(`Maven build of the embedded Neo4j launcher failed (exit ${r.status})`);
}

function spawnJvm(cfg: Neo4jConfig, opts: StartOptions): ChildProcess {
  if (!cfg.password) throw new Error('the embedded Neo4j needs a password (lib/store-password.ts makes one)');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_HOME_DIR: cfg.homeDir,
    NEO4J_BOLT_HOST: cfg.boltHost,
    NEO4J_BOLT_PORT: String(cfg.boltPort),
    NEO4J_USER: cfg.user,
    NEO4J_PASSWORD: cfg.password,
    NEO4J_PAGECACHE: cfg.pageCache,
    NEO4J_TX_MEMORY: cfg.txMemory ?? halfOf(cfg.heap),
    NEO4J_CSV_IMPORT_DIR: opts.csvImportDir ?? '',
  };
  const args = [`-Xms${cfg.heap}`, `-Xmx${cfg.heap}`, '-XX:+UseG1GC', `${HOME_FLAG}${cfg.homeDir}`];
  // Own process group: a terminal's Ctrl-C goes to Node, which stops the JVM in order. The stdin pipe
  // is how the JVM notices that Node died (EmbeddedNeo4j.java exitWhenParentDies).
  return spawn('java', [...args, '-cp', `${CLASSES}${path.delimiter}${LIB}/*`, 'explorer.EmbeddedNeo4j'], {
    cwd: ROOT_DIR,
    env,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

function waitForBolt(child: ChildProcess, log: (l: string) => void, timeoutMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let tail: string[] = [];
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not open Bolt within ${timeoutMs / 1000}s:\n${tail.join('\n')}`));
    }, timeoutMs);
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        tail = [...tail.slice(-30), line];
        // After Bolt opened, only the launcher's own lines are worth a log line.
        if (ready && line.startsWith('[neo4j]')) log(line);
        const m = READY.exec(line);
        if (m && !ready) {
          ready = true;
          clearTimeout(timer);
          log(`${line} (pid ${child.pid})`);
          resolve(m[1]!);
        }
      }
    };
    child.stdout!.on('data', onLine);
    child.stderr!.on('data', onLine);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`Neo4j exited (${signal ?? code}) before Bolt opened:\n${tail.join('\n')}`));
    });
  });
}

export async function startEmbedded(cfg: Neo4jConfig, opts: StartOptions = {}): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? ((l: string) => console.log(l));
  ensureBuilt(log);
  const child = spawnJvm(cfg, opts);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const uri = await waitForBolt(child, log, opts.timeoutMs ?? 120_000);
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const hard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(hard);
  };
  return { uri, pid: child.pid!, process: child, exited, stop };
}
