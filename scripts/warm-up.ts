// A fresh JVM plans and compiles each query slowly: right after a start the first expand took 8–15 s
// here, against 0.3 s warm. So `npm start` asks for the start page and a few entities' views once, before
// analysts do. (After a crash restart the Db replays what was asked since: lib/neo4j/plan-warmer.ts.)
import type { SeedResult } from '../lib/model/wire.ts';

async function get(url: URL): Promise<Response | undefined> {
  return fetch(url).catch(() => undefined);
}

export async function warmUp(base: string): Promise<void> {
  const seed = await get(new URL('api/seed', base));
  if (!seed?.ok) return;
  const nodes = ((await seed.json()) as SeedResult).nodes.slice(0, 3);
  if (nodes.length === 0) return;
  const ids = nodes.map((n) => encodeURIComponent(n.id));
  const name = encodeURIComponent(nodes[0]!.name.slice(0, 5));
  // One request per query the first views run; a second round finds every plan cached.
  const paths = [
    ...ids.map((id) => `api/expand/${id}`),
    `api/entities/${ids[0]}`,
    `api/claims?entity=${ids[0]}`,
    `api/search?q=${name}`,
    `api/graph?ids=${ids.join(',')}`,
    ...(ids.length > 1 ? [`api/paths?from=${ids[0]}&to=${ids[1]}`] : []),
  ];
  for (const p of paths) await get(new URL(p, base));
}
