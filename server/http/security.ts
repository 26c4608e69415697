// Security headers on every response, and a Host check against DNS rebinding when bound to loopback.
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.ts';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Cytoscape and the editor inject styles at runtime.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Host header without the port: `localhost:5173` → `localhost`, `[::1]:80` → `[::1]`. */
export function hostName(header: string | undefined): string {
  if (!header) return '';
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.split(':')[0] ?? '';
}

export function installSecurity(app: FastifyInstance, bindHost: string): void {
  const checkHost = isLoopback(bindHost);
  app.addHook('onRequest', async (req, reply) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    // A page on another site that rebinds its DNS name to 127.0.0.1 still sends its own Host.
    if (checkHost && !isLoopback(hostName(req.headers.host))) {
      throw new HttpError(403, 'Forbidden', 'this server only answers requests addressed to localhost');
    }
  });
}
