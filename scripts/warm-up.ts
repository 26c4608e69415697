// A fresh JVM plans and compiles each query slowly: right after a (re)start the first expand took 8–15 s
// here, against 0.3 s warm. So `npm start` asks for the start page and one entity's views once, before
// analysts do; after a crash restart the same requests run again.
import type { SeedResult } from '../lib/model/wire.ts';

async function get(url: URL): Promise<Response | undefined> {
  return fetch(url).catch(() => undefined);
}

export async function warmUp(base: string): Promise<void> {
  const seed = await get(new URL('api/seed', base));
  if (!seed?.ok) return;
  const first = ((await seed.json()) as SeedResult).nodes[0];
  if (!first) return;
  const id = encodeURIComponent(first.id);
  const name = encodeURIComponent(first.name.slice(0, 5));
  await Promise.all(
    [`api/expand/${id}`, `api/entities/${id}`, `api/claims?entity=${id}`, `api/search?q=${name}`].map((p) =>
      get(new URL(p, base)),
    ),
  );
}
