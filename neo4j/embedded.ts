// Builds (first run, or after the launcher's source changed) and starts the embedded Neo4j launcher.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { halfOf, ROOT_DIR, type Neo4jConfig } from '../lib/config.ts';
import { archiveFlags, createClassArchive, type LauncherFiles } from './class-archive.ts';

const NEO4J_DIR = path.join(ROOT_DIR, 'neo4j');
const TARGET = path.join(NEO4J_DIR, 'target');
const LIB = path.join(TARGET, 'lib');
// The jar, not target/classes: class-data sharing refuses directories on the class path.
const JAR = path.join(TARGET, 'embedded-neo4j-1.0.0.jar');
const FILES: LauncherFiles = { classPath: `${JAR}${path.delimiter}${LIB}/*`, archive: path.join(TARGET, 'neo4j.jsa') };
const NO_ARCHIVE = `${FILES.archive}.failed`;
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
  if (!existsSync(JAR) || !existsSync(LIB) || readdirSync(LIB).length < 50) return false;
  const jarTime = statSync(JAR).mtimeMs;
  return SOURCES.every((s) => !existsSync(s) || statSync(s).mtimeMs <= jarTime);
}

/** Builds the launcher if needed, then records its class archive if there is none yet. */
export async function ensureBuilt(log: (line: string) => void = console.log): Promise<void> {
  if (!built()) {
    rmSync(FILES.archive, { force: true });
    rmSync(NO_ARCHIVE, { force: true });
    buildLauncher(log);
  }
  if (existsSync(FILES.archive) || existsSync(NO_ARCHIVE)) return;
  await createClassArchive(FILES, log);
  if (!existsSync(FILES.archive)) writeFileSync(NO_ARCHIVE, 'the JDK did not write a class archive\n');
}

/** Resolves the Neo4j jars from Maven Central once and compiles the launcher; Maven prints its own progress. */
function buildLauncher(log: (line: string) => void): void {
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
  const args = [
    `-Xms${cfg.heap}`,
    `-Xmx${cfg.heap}`,
    '-XX:+UseG1GC',
    ...archiveFlags(FILES),
    `${HOME_FLAG}${cfg.homeDir}`,
  ];
  // Own process group: a terminal's Ctrl-C goes to Node, which stops the JVM in order. The stdin pipe
  // is how the JVM notices that Node died (EmbeddedNeo4j.java exitWhenParentDies).
  return spawn('java', [...args, '-cp', FILES.classPath, 'explorer.EmbeddedNeo4j'], {
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
  await ensureBuilt(log);
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
