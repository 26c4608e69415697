// The load: `connections` loops, each drawing its next request from the mix as soon as the last one
// answered (closed loop), every outcome recorded as a Sample on one clock (performance.now()).
import type { Client, LoadRequest } from './http.ts';
import { errorKey, type Sample } from './stats.ts';

export type Draw = () => { endpoint: string; req: LoadRequest };

export interface Load {
  samples: Sample[];
  /** The first message the API sent with each kind of error (errorKey), to say what the errors were. */
  examples: Map<string, string>;
  /** Resolves when every loop has finished its request in flight. */
  stop(): Promise<void>;
}

/** After no response at all (refused, reset), a loop waits this long: a dead server is not a busy loop. */
const NO_RESPONSE_PAUSE_MS = 20;

export function startLoad(client: Client, draws: readonly Draw[]): Load {
  const samples: Sample[] = [];
  const examples = new Map<string, string>();
  let stopped = false;
  const loop = async (draw: Draw): Promise<void> => {
    while (!stopped) {
      const { endpoint, req } = draw();
      const start = performance.now();
      const a = await client.send(req);
      const error = a.error ?? a.code;
      const s: Sample = { endpoint, start, end: performance.now(), status: a.status, ...(error ? { error } : {}) };
      samples.push(s);
      if (a.status !== 200 && !examples.has(errorKey(s))) examples.set(errorKey(s), `${endpoint}: ${a.message ?? ''}`);
      if (a.status === 0) await new Promise((r) => setTimeout(r, NO_RESPONSE_PAUSE_MS));
    }
  };
  const loops = draws.map(loop);
  return {
    samples,
    examples,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}
