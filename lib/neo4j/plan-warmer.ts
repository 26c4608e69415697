// After Neo4j restarts, its plan cache is empty and its JVM cold: the app's first expand took 8–15 s,
// and 50 clients planning the same queries at once held every pooled connection for longer still.
// So the Db remembers the latest parameters of each named read query, and after a restart replays
// each once, most recent first, while requests wait (at most WAIT_MS) instead of planning in parallel.

/** Longest a request waits for the replays; they go on in the background after it. */
export const WAIT_MS = 10_000;

type Params = Record<string, unknown>;

export interface PlanWarmer {
  /** Called for every named read query. */
  note(name: string, params: Params): void;
  /** Resolves at once, or when the running replays end (at most WAIT_MS). */
  open(): Promise<void>;
  /** Replays every remembered query once; resolves with how many ran. */
  rewarm(run: (name: string, params: Params) => Promise<unknown>): Promise<number>;
}

export function createPlanWarmer(waitMs = WAIT_MS): PlanWarmer {
  // Insertion order is recency order: a query is deleted and set again on each use.
  const latest = new Map<string, Params>();
  let gate: Promise<void> | undefined;
  return {
    note(name, params) {
      latest.delete(name);
      latest.set(name, params);
    },
    open: () => gate ?? Promise.resolve(),
    async rewarm(run) {
      const replays = [...latest].reverse();
      const all = (async () => {
        for (const [name, params] of replays) await run(name, params);
      })();
      const capped = Promise.race([all, new Promise<void>((r) => setTimeout(r, waitMs).unref())]);
      gate = capped;
      try {
        await capped;
      } finally {
        if (gate === capped) gate = undefined;
      }
      await all;
      return replays.length;
    },
  };
}
