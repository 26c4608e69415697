// One measured API request over loopback HTTP (keep-alive fetch); its size is the body's bytes.
import type { ApiRequest } from './endpoints.ts';
import type { Probe } from './load.ts';

/** A runaway cursor walk is an error, not an endless loop. */
const MAX_PAGES = 100;

async function send(baseUrl: string, req: ApiRequest, body: unknown): Promise<{ bytes: number; text: string }> {
  const res = await fetch(new URL(req.path, baseUrl), {
    method: req.method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const buf = Buffer.from(await res.arrayBuffer());
  const text = buf.toString('utf8');
  if (!res.ok) throw new Error(`HTTP ${res.status} ${text.slice(0, 160)}`);
  return { bytes: buf.byteLength, text };
}

/** Resolves to the largest response of the request (each page of a cursor walk is one response). */
export function httpProbe(baseUrl: string, req: ApiRequest): Probe {
  if (!req.followCursor) return async () => (await send(baseUrl, req, req.body)).bytes;
  return async () => {
    let cursor: string | null = null;
    let largest = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const body: unknown = { ...(req.body as object), ...(cursor ? { cursor } : {}) };
      const r = await send(baseUrl, req, body);
      largest = Math.max(largest, r.bytes);
      cursor = (JSON.parse(r.text) as { next?: string | null }).next ?? null;
      if (!cursor) return largest;
    }
    throw new Error(`more than ${MAX_PAGES} pages`);
  };
}

/** How many pages a cursor walk takes (reported once, untimed). */
export async function pageCount(baseUrl: string, req: ApiRequest): Promise<number> {
  let cursor: string | null = null;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const r = await send(baseUrl, req, { ...(req.body as object), ...(cursor ? { cursor } : {}) });
    cursor = (JSON.parse(r.text) as { next?: string | null }).next ?? null;
    if (!cursor) return page;
  }
  return MAX_PAGES;
}
