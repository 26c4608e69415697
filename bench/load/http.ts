// Loopback requests through node:http with one keep-alive Agent (fetch costs too much CPU on 2 cores to
// drive 50 connections). The body is drained and dropped; only status and timing matter here.
import http from 'node:http';

/** More than any bounded API answer (256 kB budget); a console bomb's answer is cut, not held in memory. */
const MAX_KEPT = 1024 * 1024;
/** Enough of an error answer to read its code. */
const ERROR_KEPT = 4096;

/** `{"error":{"code":"DatabaseUnavailable",…}}` → DatabaseUnavailable (the first code in the text). */
export const errorCodeOf = (text: string): string | undefined => /"code"\s*:\s*"([^"]+)"/.exec(text)?.[1];

/** The answer's first `"message"`, unescaped (cut answers and odd bodies give undefined). */
export function errorMessageOf(text: string): string | undefined {
  const m = /"message"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(text)?.[1];
  try {
    return m === undefined ? undefined : (JSON.parse(m) as string);
  } catch {
    return undefined;
  }
}

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
  /** An error answer's `{error:{code}}`, read from its first bytes. */
  code?: string;
  message?: string;
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
          const status = res.statusCode ?? 0;
          const keep = keepBody ? MAX_KEPT : status >= 400 ? ERROR_KEPT : 0;
          const chunks: Buffer[] = [];
          let bytes = 0;
          res.on('data', (c: Buffer) => {
            if (bytes < keep) chunks.push(c);
            bytes += c.length;
          });
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const code = status >= 400 ? errorCodeOf(text) : undefined;
            const message = status >= 400 ? errorMessageOf(text) : undefined;
            resolve({ status, bytes, ...(code ? { code, message } : {}), ...(keepBody ? { text } : {}) });
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
