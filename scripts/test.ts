// `npm test`: typecheck, lint, unit + integration (Vitest) and e2e (Playwright),
// all against one real embedded Neo4j started here on a throwaway store.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR, testNeo4jConfig } from '../lib/config.ts';
import { openNeo4j, type OpenNeo4j } from '../neo4j/open.ts';

const steps: Array<{ name: string; ok: boolean }> = [];

function step(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT_DIR, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  steps.push({ name, ok });
  return ok;
}

let neo4j: OpenNeo4j | undefined;
const only = process.argv.slice(2);
const want = (s: string) => only.length === 0 || only.includes(s);

try {
  if (want('static')) {
    step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
    step('lint', 'npx', ['eslint', '.']);
    step('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '**/*.{ts,tsx,js,mjs,css,json}']);
  }
  if (want('integration') || want('e2e')) {
    const store = { name: 'test', port: 7688, heap: '3g', pageCache: '1g' };
    neo4j = await openNeo4j(testNeo4jConfig(process.env, store), { fresh: true });
  }
  const testEnv = neo4j
    ? {
        TEST_NEO4J_URI: neo4j.neo4j.uri,
        TEST_NEO4J_USER: neo4j.neo4j.user,
        TEST_NEO4J_PASSWORD: neo4j.neo4j.password,
      }
    : {};
  if (want('unit')) step('unit', 'npx', ['vitest', 'run', '--project', 'unit'], testEnv);
  if (want('integration')) step('integration', 'npx', ['vitest', 'run', '--project', 'integration'], testEnv);
  if (want('e2e') && existsSync(path.join(ROOT_DIR, 'playwright.config.ts'))) {
    if (step('build', 'npx', ['vite', 'build'])) step('e2e', 'npx', ['playwright', 'test'], testEnv);
  }
} finally {
  await neo4j?.stop();
}

const failed = steps.filter((s) => !s.ok);
console.log('\n=== summary');
for (const s of steps) console.log(`${s.ok ? 'PASS' : 'FAIL'}  ${s.name}`);
console.log(`steps: ${steps.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
