import { describe, expect, it } from 'vitest';
import { parseFigureArgs } from './args.ts';
import { graphFromRows, paramsFromHeader } from './cypherGraph.ts';

describe('parseFigureArgs', () => {
  it('parses a view figure with an exact size and flags', () => {
    const r = parseFigureArgs([
      '--view',
      'kursk',
      '--out',
      'a.png',
      '--width',
      '1200',
      '--height',
      '800',
      '--no-sources',
      '--seed',
      '7',
    ]);
    expect(r.ok && r.args).toMatchObject({
      view: 'kursk',
      format: 'png',
      width: 1200,
      height: 800,
      sources: false,
      legend: true,
      seed: 7,
    });
  });
  it('defaults: seed 1, scale 2, full region, FIGURE_URL', () => {
    const r = parseFigureArgs(['--query', 'q.cypher', '--out', 'a.svg'], { FIGURE_URL: 'http://x/' });
    expect(r.ok && r.args).toMatchObject({ seed: 1, scale: 2, region: 'full', format: 'svg', url: 'http://x/' });
  });
  it('rejects contradictions with a clear message', () => {
    const err = (a: string[]) => (parseFigureArgs(a) as { ok: false; error: string }).error;
    expect(err(['--out', 'a.png'])).toContain('exactly one of --view and --query');
    expect(err(['--view', 'a', '--query', 'b', '--out', 'a.png'])).toContain('exactly one');
    expect(err(['--view', 'a', '--out', 'a.gif'])).toContain('.png or .svg');
    expect(err(['--view', 'a', '--out', 'a.png', '--width', '100'])).toContain('both --width and --height');
    expect(err(['--view', 'a', '--out', 'a.png', '--scale', '9'])).toContain('--scale');
    expect(err(['--view', 'a', '--out', 'a.png', '--bogus'])).toContain('bogus');
  });
  it('accepts --all with a folder', () => {
    const r = parseFigureArgs(['--all', '--queries', '--out', 'figs', '--format', 'svg']);
    expect(r.ok && r.args).toMatchObject({ all: true, queries: true, format: 'svg' });
  });
});

describe('graphFromRows', () => {
  const node = (eid: string, labels: string[], props: Record<string, unknown>) => ({
    $type: 'node',
    id: eid,
    labels,
    properties: props,
  });
  it('maps entities to their ids, other nodes to neo4j:<elementId>, claims with articles', () => {
    const rows = [
      {
        a: node('4:1', ['Entity', 'Country'], { id: 'north-korea', name: 'North Korea', type: 'Country' }),
        r: {
          $type: 'relationship',
          id: '5:9',
          type: 'SENDS_TROOPS_TO',
          start: '4:1',
          end: '4:2',
          properties: {
            id: 'c1',
            status: 'confirmed',
            date: { $type: 'date', value: '2024-10-28' },
            dateText: '2024-10-28',
            articleId: 'art',
            quote: 'q',
            figureKeys: ['troops'],
            troops: 11000,
          },
        },
        b: node('4:2', ['Entity', 'Place'], { id: 'kursk', name: 'Kursk', type: 'Place' }),
        art: node('4:3', ['Article'], { id: 'art', title: 'T' }),
      },
    ];
    const g = graphFromRows(
      rows as never,
      new Map([['art', { id: 'art', title: 'T', outlet: 'NOS', published: '2024-10-28' }]]),
    );
    expect(g.nodes.map((n) => n.id)).toEqual(['north-korea', 'kursk', 'neo4j:4:3']);
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0]).toMatchObject({
      id: 'c1',
      source: 'north-korea',
      target: 'kursk',
      date: '2024-10-28',
      figures: { troops: 11000 },
    });
    expect(g.edges[0]!.article?.outlet).toBe('NOS');
  });
  it('drops relationships whose end node is not in the result', () => {
    const rows = [{ r: { $type: 'relationship', id: '5:1', type: 'X', start: '4:1', end: '4:2', properties: {} } }];
    expect(graphFromRows(rows as never, new Map())).toEqual({ nodes: [], edges: [] });
  });
  it('reads the params header of saved queries', () => {
    expect(paramsFromHeader('// title: x\n// params: {"id": "kursk"}\nMATCH')).toEqual({ id: 'kursk' });
    expect(paramsFromHeader('MATCH (n) RETURN n')).toEqual({});
  });
});
