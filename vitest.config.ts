import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['{lib,ingest,server,web,bench,scripts,figure,neo4j}/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['{lib,ingest,server,bench,scripts,figure,neo4j}/**/*.int.test.ts'],
          globalSetup: ['scripts/vitest-setup.ts'],
          // One real database is shared, so integration files run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
