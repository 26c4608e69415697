// Exports page in every claim of a bundle that travelled as a preview: against a real HTTP server on
// 127.0.0.1 serving claim pages, with a headless Cytoscape holding the app's elements.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleOf } from '../../../lib/model/bundle.ts';
import { createApiClient } from '../../../lib/api/client.ts';
import type { Claim } from '../../../lib/model/wire.ts';
import { claim, ent } from '../state/fixtures.ts';
import { emptyState, graphFromClaims, mergeGraph, setFilters } from '../state/graph.ts';
import { toCytoscapeElements } from '../graph/elements.ts';
import { buildStylesheet } from '../styles/registry.ts';
import { edgesCsv } from './data.ts';
import { loadEvidence } from './evidence.ts';

const HUB: Claim[] = Array.from({ length: 240 }, (_, i) =>
  claim(`h${String(i).padStart(3, '0')}`, 'russia', 'SUPPLIES', 'kursk', {
    status: i % 4 ? 'reported' : 'denied',
    article: { id: `art-${i}`, title: `Title ${i}`, outlet: 'NOS Nieuws', published: '2024-10-01' },
    quote: `quote ${i}`,
    date: `2024-10-${String((i % 28) + 1).padStart(2, '0')}`,
    dateText: `2024-10-${String((i % 28) + 1).padStart(2, '0')}`,
  }),
);
const asked: URLSearchParams[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const q = new URL(req.url!, 'http://x').searchParams;
    asked.push(q);
    const hidden = (q.get('hideStatuses') ?? '').split(',');
    const pass = HUB.filter((c) => !hidden.includes(c.status!));
    const skip = Number(q.get('skip'));
    const limit = Number(q.get('limit'));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ claims: pass.slice(skip, skip + limit), total: pass.length, skip, limit }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const canvas = (filters = {}) => {
  const nodes = [ent('russia'), ent('kursk', 'Place')];
  const small = graphFromClaims(nodes, [claim('s1', 'kursk', 'LOCATED_IN', 'russia')]);
  const s = setFilters(filters)(mergeGraph({ nodes, bundles: [...small.bundles, bundleOf(HUB)] })(emptyState()));
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toCytoscapeElements(s),
    style: buildStylesheet('default') as never,
  });
};

describe('loadEvidence', () => {
  it('pages every claim of preview-only edges (bounded pages) and the CSV gets one row per claim', async () => {
    const cy = canvas();
    const progress: number[] = [];
    asked.length = 0;
    const ev = await loadEvidence(cy, 'full', undefined, (n) => progress.push(n), createApiClient({ base }));
    expect([...ev.keys()]).toEqual(['russia|SUPPLIES|kursk']); // the complete edge needs nothing
    expect(ev.get('russia|SUPPLIES|kursk')!.map((c) => c.id)).toEqual(HUB.map((c) => c.id));
    expect(asked.map((q) => [q.get('bundle'), q.get('skip'), q.get('limit')])).toEqual([
      ['russia|SUPPLIES|kursk', '0', '100'],
      ['russia|SUPPLIES|kursk', '100', '100'],
      ['russia|SUPPLIES|kursk', '200', '100'],
    ]);
    expect(progress).toEqual([100, 200, 240]);
    // The export rows of that edge: every claim with its article, quote and date.
    const id = 'russia|SUPPLIES|kursk';
    const edge = { id, source: 'russia', target: 'kursk', type: 'SUPPLIES', label: '', color: '', data: {} };
    const rows = edgesCsv({ nodes: [], edges: [{ ...edge, claims: ev.get(id)! }] })
      .trimEnd()
      .split('\r\n')
      .slice(1);
    expect(rows).toHaveLength(240);
    for (const [k, c] of HUB.entries())
      expect(rows[k]).toBe(
        [
          c.id,
          'russia',
          'SUPPLIES',
          'kursk',
          c.status,
          c.date,
          '',
          `art-${k}`,
          `Title ${k}`,
          'NOS Nieuws',
          '2024-10-01',
          `quote ${k}`,
          '',
        ].join(','),
      );
    cy.destroy();
  });

  it('asks with the canvas filters, so the export holds exactly the claims that pass', async () => {
    const cy = canvas({ statuses: ['denied'] });
    asked.length = 0;
    const ev = await loadEvidence(
      cy,
      'full',
      { ...setFilters({ statuses: ['denied'] })(emptyState()).filters },
      undefined,
      createApiClient({ base }),
    );
    expect(asked[0]!.get('hideStatuses')).toBe('denied');
    expect(ev.get('russia|SUPPLIES|kursk')).toHaveLength(180);
    expect(ev.get('russia|SUPPLIES|kursk')!.every((c) => c.status === 'reported')).toBe(true);
    cy.destroy();
  });
});
