// Serves the built web app (dist/web) with SPA fallback, or a placeholder page when it is not built.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { notFound } from '../http/errors.ts';

export const NOT_BUILT_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Knowledge-graph explorer</title></head>' +
  '<body><h1>web app not built: run npm run build</h1>' +
  '<p>The API is available under <code>/api</code>.</p></body></html>';

const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

export async function installWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const index = path.join(webDir, 'index.html');
  const built = existsSync(index);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      index: ['index.html'],
      wildcard: true,
      cacheControl: false,
      // Vite puts content-hashed files in assets/: cache them for good; always revalidate the rest.
      setHeaders: (res, filePath) => {
        const hashed = filePath.startsWith(path.join(webDir, 'assets') + path.sep);
        res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.get('/', (_req, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT_HTML));
  }
  app.setNotFoundHandler((req, reply) => {
    const url = req.url;
    // Client-side routes get the app; missing assets (with an extension) and API paths get a 404.
    if (built && (req.method === 'GET' || req.method === 'HEAD') && !isApi(url) && !path.extname(url.split('?')[0]!)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    throw notFound(isApi(url) ? `no API route ${req.method} ${url.split('?')[0]}` : `not found: ${url.split('?')[0]}`);
  });
}
