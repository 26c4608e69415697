// Loopback requests through node:http with one keep-alive Agent (fetch costs too much CPU on 2 cores to
// drive 50 connections). The body is drained and dropped; only status and timing matter here.
import http from 'node:http';

/** More than any bounded API answer (256 kB budget); a console bomb's answer is cut, not held in memory. */
const MAX_KEPT = 1024 * 1024;

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  /** Set when no response arrived: the socket error's code. */
  error?: string;
  bytes: number;
  /** The body's first MAX_KEPT bytes, kept only when asked for (answers the bench reads, e.g. the seed). */
  text?: string;
}

export function createClient(baseUrl: string, maxSockets: number, timeoutMs: number) {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const send = (req: LoadRequest, keepBody = false): Promise<Answer> =>
    new Promise((resolve) => {
      const headers: Record<string, string> = { ...req.headers };
      if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
      const r = http.request(
        {
          host: base.hostname,
          port: base.port,
          path: req.path,
          method: req.method,
          agent,
          headers,
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let bytes = 0;
          res.on('data', (c: Buffer) => {
            bytes += c.length;
            if (keepBody && bytes <= MAX_KEPT) chunks.push(c);
          });
          res.on('end', () => {
            const text = keepBody ? Buffer.concat(chunks).toString('utf8') : undefined;
            resolve({ status: res.statusCode ?? 0, bytes, text });
          });
          res.on('error', (e: NodeJS.ErrnoException) => resolve({ status: 0, error: e.code ?? e.message, bytes }));
        },
      );
      r.on('timeout', () => r.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
      r.on('error', (e: NodeJS.ErrnoException) => resolve({ status: 0, error: e.code ?? e.message, bytes: 0 }));
      r.end(req.body);
    });
  return { send, close: () => agent.destroy() };
}

export type Client = ReturnType<typeof createClient>;
