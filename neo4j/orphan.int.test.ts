// `npm start` (scripts/start.ts) as a user runs it: SIGTERM stops it and its JVM in order, and a
// kill -9 of it leaves no JVM behind holding the port and the store.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../lib/config.ts';
import { isAlive } from '../lib/testing/process.ts';

const port = Number(process.env.TEST_NEO4J_ORPHAN_PORT ?? 7697);
const homeDir = path.join(ROOT_DIR, '.data', `neo4j-vitest-orphan-${port}`);
// A web build newer than web/ so start.ts serves it instead of building (that is e2e's job).
const webDir = mkdtempSync(path.join(os.tmpdir(), 'orphan-web-'));
writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>t</title>');
const started: ChildProcess[] = [];

afterAll(() => {
  for (const c of started) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(homeDir, { recursive: true, force: true });
  rmSync(webDir, { recursive: true, force: true });
});

/** Starts `npm start` directly under node (no npm/tsx wrappers), so it is the JVM's parent. */
function npmStart(): { child: ChildProcess; output: string[]; ready: Promise<number> } {
  const env = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_PASSWORD: '',
    NEO4J_BOLT_PORT: String(port),
    NEO4J_HOME_DIR: homeDir,
    NEO4J_HEAP: '1g',
    NEO4J_PAGECACHE: '128m',
    PORT: '0',
    WEB_DIR: webDir,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: ROOT_DIR, env });
  started.push(child);
  const output: string[] = [];
  let jvm = 0;
  const ready = new Promise<number>((resolve, reject) => {
    const onData = (b: Buffer) => {
      for (const line of b.toString().split('\n')) {
        output.push(line);
        const m = /Bolt ready at .* \(pid (\d+)\)/.exec(line);
        if (m) jvm = Number(m[1]);
        if (/Explorer ready/.test(line)) resolve(jvm);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output.join('\n')}`)));
  });
  return { child, output, ready };
}

async function gone(pid: number, seconds: number): Promise<boolean> {
  for (const end = Date.now() + seconds * 1000; Date.now() < end;) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return !isAlive(pid);
}

describe('npm start and its JVM', { timeout: 600_000 }, () => {
  it('SIGTERM stops the server and Neo4j cleanly, exit code 0', async () => {
    rmSync(homeDir, { recursive: true, force: true });
    const run = npmStart();
    const jvm = await run.ready;
    expect(isAlive(jvm)).toBe(true);
    const exited = new Promise<number | null>((r) => run.child.once('exit', (code) => r(code)));
    run.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isAlive(jvm)).toBe(false);
    expect(run.output.join('\n')).toMatch(/\[neo4j\] stopped cleanly/);
    expect(run.output.join('\n')).not.toMatch(/restarting/);
  });

  it('after kill -9 of npm start, its JVM exits by itself', async () => {
    const run = npmStart();
    const jvm = await run.ready;
    run.child.kill('SIGKILL');
    expect(await gone(jvm, 90)).toBe(true);
  });
});
