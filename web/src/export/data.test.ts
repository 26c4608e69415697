import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { csvField, cytoscapeJson, edgesCsv, graphml, hexColor, nodesCsv, type ExportGraph } from './data.ts';
import { claim } from './testFixtures.ts';
import { parseFigureValue } from '../../../lib/model/figures.ts';

function graph(): ExportGraph {
  return {
    nodes: [
      {
        id: 'north-korea',
        name: 'North Korea',
        type: 'Country',
        x: 1.234,
        y: -5,
        color: 'rgb(255, 0, 16)',
        shape: 'ellipse',
        data: {},
      },
      {
        id: 'kursk',
        name: 'Kursk, "Koersk" <RU>',
        type: 'Place',
        x: 100,
        y: 0,
        color: '#00ff00',
        shape: 'diamond',
        data: {},
      },
    ],
    edges: [
      {
        id: 'north-korea|SENDS_TROOPS_TO|kursk',
        source: 'north-korea',
        target: 'kursk',
        type: 'SENDS_TROOPS_TO',
        label: 'sends troops to',
        color: 'rgb(1,2,3)',
        claims: [claim('c1'), claim('c2', { quote: 'line1\nline2, "quoted"', claimant: null, figures: {} })],
        data: {},
      },
    ],
  };
}

function parseCsv(text: string): string[][] {
  // Minimal RFC 4180 reader for the round-trip check.
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (q) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') q = false;
      else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField(null)).toBe('');
  });

  it('nodes.csv has one row per node', () => {
    const rows = parseCsv(nodesCsv(graph()));
    expect(rows[0]).toEqual(['id', 'name', 'type', 'x', 'y']);
    expect(rows[2]).toEqual(['kursk', 'Kursk, "Koersk" <RU>', 'Place', '100', '0']);
  });

  it('edges.csv has one row per claim with its evidence, round-tripping quotes and newlines', () => {
    const rows = parseCsv(edgesCsv(graph()));
    expect(rows).toHaveLength(3);
    const h = rows[0]!;
    const r2 = Object.fromEntries(h.map((k, i) => [k, rows[2]![i]]));
    expect(r2.claim_id).toBe('c2');
    expect(r2.quote).toBe('line1\nline2, "quoted"');
    expect(r2.claimant).toBe('');
    expect(r2.article_outlet).toBe('NOS Nieuws');
    const r1 = Object.fromEntries(h.map((k, i) => [k, rows[1]![i]]));
    expect(r1.figures).toBe('troops=11000');
    expect(r1.date).toBe('2024-10-28');
  });

  it('edges.csv keeps a bounded figure in the form ingest reads back', () => {
    const g = graph();
    g.edges[0]!.claims[0] = claim('c1', { figures: { troops: 1500 }, figureQualifiers: { troops: 'at-least' } });
    const rows = parseCsv(edgesCsv(g));
    const r1 = Object.fromEntries(rows[0]!.map((k, i) => [k, rows[1]![i]]));
    expect(r1.figures).toBe('troops=at least 1500');
    expect(parseFigureValue('at least 1500')).toEqual({ value: 1500, qualifier: 'at-least' });
  });
});

describe('GraphML', () => {
  it('parses as XML with the right node and edge counts, declared keys and positions', () => {
    const xml = graphml(graph());
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (l: string, m: string) => void (l !== 'warning' && errors.push(m)),
    }).parseFromString(xml, 'text/xml');
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('node')).toHaveLength(2);
    expect(doc.getElementsByTagName('edge')).toHaveLength(1);
    const keys = Array.from(doc.getElementsByTagName('key')).map((k) => k.getAttribute('id'));
    const used = new Set(Array.from(doc.getElementsByTagName('data')).map((d) => d.getAttribute('key')));
    for (const k of used) expect(keys).toContain(k);
    const kursk = Array.from(doc.getElementsByTagName('node')).find((n) => n.getAttribute('id') === 'kursk')!;
    const data = Object.fromEntries(
      Array.from(kursk.getElementsByTagName('data')).map((d) => [d.getAttribute('key'), d.textContent]),
    );
    expect(data.n_label).toBe('Kursk, "Koersk" <RU>');
    expect(data.n_x).toBe('100');
    expect(data.n_color).toBe('#00ff00');
    const edge = doc.getElementsByTagName('edge')[0]!;
    expect(edge.getAttribute('source')).toBe('north-korea');
  });

  it('normalises colours to hex', () => {
    expect(hexColor('rgb(255, 0, 16)')).toBe('#ff0010');
  });
});

describe('Cytoscape JSON', () => {
  it('has elements with data and positions', () => {
    const j = JSON.parse(cytoscapeJson(graph()));
    expect(j.elements.nodes).toHaveLength(2);
    expect(j.elements.nodes[0].position).toEqual({ x: 1.234, y: -5 });
    expect(j.elements.edges[0].data.claims).toHaveLength(2);
  });
});
