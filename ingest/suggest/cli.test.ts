import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'ingest/suggest/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run suggest', () => {
  it('prints YAML relations for an article, and JSON with --json', { timeout: 60_000 }, () => {
    const yaml = run('data/articles/nos-2024-10-28-rutte-nk-troops-kursk.md');
    expect(yaml.status).toBe(0);
    expect(yaml.stdout).toMatch(/^relations:$/m);
    expect(yaml.stdout).toMatch(/# confidence \d\.\d\d; /);
    const json = JSON.parse(run('data/articles/nos-2024-10-28-rutte-nk-troops-kursk.md', '--json').stdout);
    expect(json.candidates.length).toBeGreaterThan(0);
    expect(json.candidates[0]).toHaveProperty('confidence');
    expect(json.candidates[0]).toHaveProperty('rule');
  });

  it('fails with file:line and a non-zero exit on bad input', { timeout: 60_000 }, () => {
    const missing = run('data/articles/no-such-article.md');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/data\/articles\/no-such-article\.md:0: no such file/);
    const yaml = run('data/graph/entities.yaml');
    expect(yaml.status).not.toBe(0);
    expect(yaml.stderr).toMatch(/data\/graph\/entities\.yaml:1: not an article/);
    const dir = mkdtempSync(path.join(tmpdir(), 'suggest-'));
    const bare = path.join(dir, 'bare.md');
    writeFileSync(bare, 'Just text, no front matter.\n');
    const r = run(bare);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/bare\.md:1: missing front matter/);
    expect(r.stdout).toBe('');
  });
});
