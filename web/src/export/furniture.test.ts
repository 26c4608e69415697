import { describe, expect, it } from 'vitest';
import { formatSource, generatedFromLine, legendItems, relationLabel, sourcesOf } from './furniture.ts';
import { claim, edge, snapshot } from './testFixtures.ts';

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

  it("gives the article's address where it has one", () => {
    const art = { id: 'nos-9', title: 'T', outlet: 'NOS', published: '2024-10-28', url: 'https://nos.nl/a/1' };
    const [s] = sourcesOf([{ claims: [claim('u', { article: art })] }]);
    expect(formatSource(s!, 0)).toBe('[1] NOS, “T”, 2024-10-28, https://nos.nl/a/1');
  });

  it('formats a numbered line with outlet, title and day', () => {
    const [first] = sourcesOf(snapshot().edges);
    expect(formatSource(first!, 0)).toBe('[1] NOS Nieuws, “US evidence”, 2024-10-23');
  });
});

describe('legendItems', () => {
  it('says only what the picture encodes: types shown, width scale, the dash rule and the denial arrow, once', () => {
    const s = snapshot();
    s.edges[1]!.targetArrow = { ...s.edges[1]!.targetArrow!, shape: 'tee' };
    const items = legendItems(s);
    expect(items.map((i) => (i.kind === 'node' ? `${i.label}:${i.count}` : i.label))).toEqual([
      'ArmedForce:1',
      'Country:2',
      'Place:1',
      'claims',
      'dashed: every claim alleged, unconfirmed or denied',
      'tee end: every claim denied',
    ]);
    const widths = items.find((i) => i.kind === 'widths');
    expect(widths?.kind === 'widths' && widths.samples.map((x) => `${x.label}@${x.width.toFixed(2)}`)).toEqual([
      '1@1.50',
      '5@4.64',
      '8+@7.00',
    ]);
    const dash = items.find((i) => i.label.startsWith('dashed'));
    expect(dash?.kind === 'edge' && dash.dash).toEqual([6, 3]);
  });

  it('names a relationship type only when its lines have a colour of their own', () => {
    const s = snapshot();
    const structural = (id: string, type: string) =>
      edge(id, 'kursk', 'russia', [], { type, color: 'rgb(200,200,200)' });
    s.edges.push(structural('e3', 'LOCATED_IN'), structural('e4', 'BORDERS'), s.edges[0]!, s.edges[0]!);
    const entries = legendItems(s).filter((i) => i.kind === 'edge' && !i.dash.length && !i.arrow);
    expect(entries.map((i) => `${i.label}:${i.kind === 'edge' && i.color}`)).toEqual([
      'borders, located in:rgb(200,200,200)',
    ]);
  });

  it('leaves out the width scale, dash rule and arrow when no line shows them', () => {
    const s = snapshot();
    const items = legendItems({ nodes: s.nodes, edges: [s.edges[0]!] });
    expect(items.filter((i) => i.kind !== 'node').map((i) => i.label)).toEqual(['claims']);
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
