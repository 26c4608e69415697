import { describe, expect, it } from 'vitest';
import { formatSource, generatedFromLine, legendItems, relationLabel, sourcesOf } from './furniture.ts';
import { claim, snapshot } from './testFixtures.ts';

describe('sourcesOf', () => {
  it('lists each article once, sorted by date then outlet then title', () => {
    const s = snapshot();
    const dup = claim('c9'); // same article as c1
    const out = sourcesOf([...s.edges, { claims: [dup] }]);
    expect(out.map((a) => a.id)).toEqual(['nos-0', 'anp-1', 'nos-1']);
  });

  it('ignores claims without an article and handles no edges', () => {
    expect(sourcesOf([{ claims: [claim('x', { article: null })] }])).toEqual([]);
    expect(sourcesOf([])).toEqual([]);
  });

  it('formats a numbered line with outlet, title and day', () => {
    const [first] = sourcesOf(snapshot().edges);
    expect(formatSource(first!, 0)).toBe('[1] NOS Nieuws, “US evidence”, 2024-10-23');
  });
});

describe('legendItems', () => {
  it('lists the node and relation types shown, with counts, and a line-style key when both styles appear', () => {
    const items = legendItems(snapshot());
    expect(items.filter((i) => i.kind === 'node').map((i) => `${i.label}:${i.count}`)).toEqual([
      'ArmedForce:1',
      'Country:2',
      'Place:1',
    ]);
    const edges = items.filter((i) => i.kind === 'edge');
    expect(edges.map((i) => i.label)).toEqual(['denies', 'sends troops to', 'confirmed', 'denied']);
    expect(edges[3]!.kind === 'edge' && edges[3]!.dash).toEqual([6, 3]);
  });

  it('shows only what is given (the caller passes the visible elements)', () => {
    const s = snapshot();
    const items = legendItems({ nodes: s.nodes.slice(0, 1), edges: [] });
    expect(items).toHaveLength(1);
    expect(items[0]!.label).toBe('Country');
  });

  it('uses the type label function and humanises relation types', () => {
    expect(legendItems(snapshot(), (t) => t.toUpperCase())[0]!.label).toBe('ARMEDFORCE');
    expect(relationLabel('SENDS_TROOPS_TO')).toBe('sends troops to');
  });
});

describe('generatedFromLine', () => {
  it('names the view or query and the date', () => {
    expect(generatedFromLine({ kind: 'view', name: 'kursk' }, '2024-11-01')).toBe(
      'Generated from saved view “kursk” · exported 2024-11-01 · kg-explorer',
    );
    expect(generatedFromLine({ kind: 'query', name: 'denials.cypher' }, '2024-11-01')).toContain(
      'query denials.cypher',
    );
  });
});
