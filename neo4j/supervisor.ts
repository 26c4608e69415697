// Keeps the embedded Neo4j running: when the JVM dies it is started again, with backoff, and the
// log says so. The API needs nothing: its driver reconnects to the same Bolt address.
import type { Neo4jConfig } from '../lib/config.ts';
import { startEmbedded, type EmbeddedNeo4j, type StartOptions } from './embedded.ts';

/** Delay before each restart attempt in a row; the last repeats. */
export const BACKOFF_MS = [0, 1_000, 2_000, 5_000, 10_000, 30_000];
/** A JVM that ran this long before dying starts its restarts from the first delay again. */
export const STABLE_MS = 60_000;

export interface SupervisedNeo4j {
  uri: string;
  /** The JVM running now (it changes after a restart). */
  current(): EmbeddedNeo4j;
  /** Restarts so far. */
  restarts(): number;
  stop(): Promise<void>;
}

export function backoffFor(attempt: number, backoff: readonly number[] = BACKOFF_MS): number {
  return backoff[Math.min(attempt, backoff.length - 1)]!;
}

export async function superviseEmbedded(
  cfg: Neo4jConfig,
  opts: StartOptions & { backoffMs?: readonly number[]; onRestart?: () => void } = {},
): Promise<SupervisedNeo4j> {
  const log = opts.log ?? ((l: string) => console.log(l));
  let jvm = await startEmbedded(cfg, opts);
  let stopping = false;
  let restarts = 0;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => (clearTimeout(t), resolve());
    });

  const watch = async (): Promise<void> => {
    for (let attempt = 0; !stopping;) {
      const startedAt = Date.now();
      const { code, signal } = await jvm.exited;
      if (stopping) return;
      if (Date.now() - startedAt >= STABLE_MS) attempt = 0;
      for (;;) {
        const delay = backoffFor(attempt++, opts.backoffMs);
        log(`[neo4j] exited unexpectedly (${signal ?? `code ${code}`}); restarting in ${delay / 1000} s`);
        await sleep(delay);
        if (stopping) return;
        try {
          const next = await startEmbedded(cfg, opts);
          // stop() came while this one was starting: it must not outlive its supervisor.
          if (stopping) return await next.stop();
          jvm = next;
          restarts++;
          log(`[neo4j] restarted (restart ${restarts})`);
          opts.onRestart?.();
          break;
        } catch (err) {
          if (stopping) return;
          log(`[neo4j] restart failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        }
      }
    }
  };
  const watching = watch();

  return {
    uri: jvm.uri,
    current: () => jvm,
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      wake?.();
      await jvm.stop();
      await watching;
    },
  };
}
