// Refuses requests that change state when a browser sent them for another site (CSRF): CORS only hides the
// answer, the handler would still run. Runs in onRequest, after the Host check, before any body is read.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';
import { isLoopback } from './security.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

/** `npm run dev` serves the app at 127.0.0.1:5175 (vite.config.ts) and proxies /api with the page's Origin. */
export const DEV_SERVER_PORT = 5175;

/** What the check needs from a request; plain data so it is testable without a server. */
export interface OriginFacts {
  method: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  host: string | undefined;
  /** The port the request arrived on (undefined under app.inject). */
  localPort: number | undefined;
}

export interface OriginPolicy {
  /** Bound to a loopback address: any loopback name on one of our own ports is us. */
  loopback: boolean;
  /** The configured port, used when the socket does not say. */
  port: number;
}

interface HostPort {
  host: string;
  port: number;
}

function parseOrigin(origin: string): HostPort | undefined {
  try {
    const u = new URL(origin);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return { host: u.hostname, port: Number(u.port || (u.protocol === 'https:' ? 443 : 80)) };
  } catch {
    return undefined; // "null" (sandboxed frames, file: pages) and garbage
  }
}

function parseHost(header: string | undefined): HostPort | undefined {
  return header ? parseOrigin(`http://${header.trim()}`) : undefined;
}

/**
 * Same origin, as the browser would say: the Origin equals the Host the browser addressed (OWASP's check; it
 * also covers SSH tunnels and proxies that keep Host). Bound to loopback, a loopback Origin on our own port or
 * the dev server's is ours too (Vite's proxy rewrites Host to the API's address but keeps the page's Origin).
 * Bound to another address (HOST=0.0.0.0) only the Origin = Host rule applies; the names the server is
 * reachable by are unknown, so DNS rebinding is not covered there (nor is anything else: there is no auth).
 */
export function isSameOrigin(origin: HostPort, f: OriginFacts, policy: OriginPolicy): boolean {
  const host = parseHost(f.host);
  if (host && host.host === origin.host && host.port === origin.port) return true;
  if (!policy.loopback || !isLoopback(origin.host)) return false;
  return [f.localPort ?? policy.port, DEV_SERVER_PORT].includes(origin.port);
}

/** Why the request is refused, or undefined when it may go on. */
export function foreignOrigin(f: OriginFacts, policy: OriginPolicy): string | undefined {
  if (!STATE_CHANGING.has(f.method.toUpperCase())) return undefined;
  if (f.origin === undefined) {
    // No Origin: curl and the CLIs. A browser that still says it came from elsewhere is believed.
    const site = f.secFetchSite?.toLowerCase();
    return site === 'cross-site' || site === 'same-site' ? `Sec-Fetch-Site is ${site}` : undefined;
  }
  const origin = parseOrigin(f.origin);
  if (origin && isSameOrigin(origin, f, policy)) return undefined;
  return `Origin ${JSON.stringify(f.origin.slice(0, 200))} is not this server`;
}

const header = (req: FastifyRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
};

export function installOriginCheck(app: FastifyInstance, server: { host: string; port: number }): void {
  const policy: OriginPolicy = { loopback: isLoopback(server.host), port: server.port };
  app.addHook('onRequest', async (req) => {
    const reason = foreignOrigin(
      {
        method: req.method,
        origin: header(req, 'origin'),
        secFetchSite: header(req, 'sec-fetch-site'),
        host: header(req, 'host'),
        localPort: req.socket?.localPort,
      },
      policy,
    );
    if (reason) throw new HttpError(403, 'ForeignOrigin', `${req.method} from another site refused: ${reason}`);
  });
}
