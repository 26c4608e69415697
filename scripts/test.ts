// `npm test`: typecheck, lint, unit + integration (Vitest) and e2e (Playwright),
// all against one real embedded Neo4j started here on a throwaway store.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, ROOT_DIR } from '../lib/config.ts';
import { startEmbedded, type EmbeddedNeo4j } from '../neo4j/embedded.ts';

const cfg = loadConfig();
const steps: Array<{ name: string; ok: boolean }> = [];

function step(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT_DIR, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  steps.push({ name, ok });
  return ok;
}

let db: EmbeddedNeo4j | undefined;
let uri = process.env.TEST_NEO4J_URI;
const only = process.argv.slice(2);
const want = (s: string) => only.length === 0 || only.includes(s);

try {
  if (want('static')) {
    step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
    step('lint', 'npx', ['eslint', '.']);
    step('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '**/*.{ts,tsx,js,mjs,css,json}']);
  }
  if (!uri && (want('integration') || want('e2e'))) {
    const port = Number(process.env.TEST_NEO4J_PORT ?? 7688);
    const homeDir = path.join(ROOT_DIR, '.data', `neo4j-test-${port}`);
    rmSync(homeDir, { recursive: true, force: true });
    db = await startEmbedded({ ...cfg.neo4j, homeDir, boltPort: port, heap: '3g', pageCache: '1g' });
    uri = db.uri;
  }
  const testEnv = {
    TEST_NEO4J_URI: uri ?? '',
    TEST_NEO4J_USER: cfg.neo4j.user,
    TEST_NEO4J_PASSWORD: cfg.neo4j.password,
  };
  if (want('unit')) step('unit', 'npx', ['vitest', 'run', '--project', 'unit'], testEnv);
  if (want('integration')) step('integration', 'npx', ['vitest', 'run', '--project', 'integration'], testEnv);
  if (want('e2e') && existsSync(path.join(ROOT_DIR, 'playwright.config.ts'))) {
    if (step('build', 'npx', ['vite', 'build'])) step('e2e', 'npx', ['playwright', 'test'], testEnv);
  }
} finally {
  await db?.stop();
}

const failed = steps.filter((s) => !s.ok);
console.log('\n=== summary');
for (const s of steps) console.log(`${s.ok ? 'PASS' : 'FAIL'}  ${s.name}`);
console.log(`steps: ${steps.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
