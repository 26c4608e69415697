// The app the figure is rendered in: an existing URL, or our own server on a free port
// over the configured Neo4j (started embedded, and stopped again, when nothing is running).
import { loadConfig, type Config } from '../lib/config.ts';
import { startServer } from '../server/main.ts';
import { ensureDatabase, ensureWebBuild } from '../scripts/stack.ts';

export interface Stack {
  url: string;
  close(): Promise<void>;
}

export async function startStack(opts: { url?: string; log: (s: string) => void; config?: Config }): Promise<Stack> {
  if (opts.url) return { url: opts.url.endsWith('/') ? opts.url : `${opts.url}/`, close: async () => undefined };
  const base = opts.config ?? loadConfig();
  ensureWebBuild(base, opts.log);
  const database = await ensureDatabase(base, opts.log);
  try {
    // Port 0: a free port, so a figure run never clashes with a running `npm start`.
    const server = await startServer(
      { ...base, neo4j: database.neo4j, server: { ...base.server, port: 0 } },
      database.db,
    );
    return {
      url: server.url,
      close: async () => {
        await server.close().catch(() => undefined);
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
