import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { addRow, collectNodeIds, type CapState } from './shape.ts';
import { fromJsonParams } from './params.ts';

const node = (id: string) => ({ $type: 'node', id, labels: ['Entity'], properties: {} });

describe('collectNodeIds', () => {
  it('finds nodes in lists, maps and paths but not relationship ends', () => {
    const seen = new Set<string>();
    collectNodeIds(
      {
        a: node('1'),
        l: [node('2'), { m: node('3') }],
        r: { $type: 'relationship', id: 'r', type: 'T', start: '8', end: '9', properties: {} },
        p: { $type: 'path', start: node('4'), end: node('5'), segments: [] },
      },
      seen,
    );
    expect([...seen].sort()).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('addRow', () => {
  it('stops at maxRows', () => {
    const s: CapState = { rows: [], nodeIds: new Set() };
    const caps = { maxRows: 2, maxNodes: 100 };
    expect(addRow(s, { x: 1 }, caps)).toBe(true);
    expect(addRow(s, { x: 2 }, caps)).toBe(true);
    expect(addRow(s, { x: 3 }, caps)).toBe(false);
    expect(s.rows).toHaveLength(2);
    expect(s.truncatedBy).toBe('rows');
  });
  it('drops the row that would exceed maxNodes and counts repeated nodes once', () => {
    const s: CapState = { rows: [], nodeIds: new Set() };
    const caps = { maxRows: 100, maxNodes: 2 };
    expect(addRow(s, { n: node('a') }, caps)).toBe(true);
    expect(addRow(s, { n: node('a') }, caps)).toBe(true);
    expect(addRow(s, { n: node('b') }, caps)).toBe(true);
    expect(addRow(s, { n: node('c') }, caps)).toBe(false);
    expect(s.rows).toHaveLength(3);
    expect(s.truncatedBy).toBe('nodes');
  });
});

describe('size cap', () => {
  it('stops before the row that would make the response too large', () => {
    const s: CapState = { rows: [], nodeIds: new Set() };
    const caps = { maxRows: 100, maxNodes: 100, maxChars: 40 };
    expect(addRow(s, { t: 'x'.repeat(10) }, caps)).toBe(true);
    expect(addRow(s, { t: 'x'.repeat(30) }, caps)).toBe(false);
    expect(s.truncatedBy).toBe('size');
    expect(s.rows).toHaveLength(1);
  });
});

describe('fromJsonParams', () => {
  it('turns whole numbers and tagged ints into driver Integers and keeps floats', () => {
    const p = fromJsonParams({
      n: 3,
      f: 1.5,
      big: { $type: 'int', value: '9007199254740993' },
      l: [1, 'x'],
      m: { k: 2 },
    });
    expect(neo4j.isInt(p.n)).toBe(true);
    expect(p.f).toBe(1.5);
    expect(String(p.big)).toBe('9007199254740993');
    expect(neo4j.isInt((p.l as unknown[])[0])).toBe(true);
    expect(neo4j.isInt((p.m as Record<string, unknown>).k)).toBe(true);
  });
});
