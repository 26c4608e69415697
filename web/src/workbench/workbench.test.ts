import { describe, expect, it } from 'vitest';
import { renderValue, valueKind } from './render.ts';
import { csvCell, toCsv } from './csv.ts';
import { compareValues, sortRows, toggleSort } from './sort.ts';
import { addToHistory, loadHistory, removeFromHistory, saveHistory, HISTORY_MAX } from './history.ts';
import { parseParams, referencedParams } from './params.ts';
import { errorRange } from './position.ts';
import { planLines, totalDbHits } from './plan.ts';
import { plainNode as node, plainRel as rel } from '../../../lib/testing/plain-graph.ts';

describe('renderValue', () => {
  it('renders scalars, null and 64-bit ints exactly', () => {
    expect(renderValue(null)).toBe('null');
    expect(renderValue(42)).toBe('42');
    expect(renderValue(true)).toBe('true');
    expect(renderValue('plain text')).toBe('plain text');
    expect(renderValue({ $type: 'int', value: '9007199254740993' })).toBe('9007199254740993');
    expect(renderValue({ $type: 'float', value: 'NaN' })).toBe('NaN');
  });
  it('renders temporal values as their ISO text', () => {
    expect(renderValue({ $type: 'date', value: '2024-10-28' })).toBe('2024-10-28');
    expect(renderValue({ $type: 'duration', value: 'P1DT2H' })).toBe('P1DT2H');
  });
  it('renders points as point({x, y, srid})', () => {
    expect(renderValue({ $type: 'point', srid: 7203, x: 1.5, y: 2 })).toBe('point({x: 1.5, y: 2, srid: 7203})');
    expect(renderValue({ $type: 'point', srid: 9157, x: 1, y: 2, z: 3 })).toBe('point({x: 1, y: 2, z: 3, srid: 9157})');
  });
  it('renders nodes, relationships and paths in Cypher notation', () => {
    const a = node('1', ['Entity', 'Country'], { id: 'north-korea', name: 'North Korea' });
    const b = node('2', ['Entity', 'Country'], { id: 'russia' });
    expect(renderValue(a)).toBe('(:Entity:Country {id: "north-korea", name: "North Korea"})');
    expect(renderValue(rel('r', 'SENDS_TROOPS_TO', '1', '2', { troops: 3000 }))).toBe(
      '[:SENDS_TROOPS_TO {troops: 3000}]',
    );
    const path = {
      $type: 'path',
      start: a,
      end: b,
      segments: [{ start: a, relationship: rel('r', 'T', '1', '2'), end: b }],
    };
    expect(renderValue(path)).toBe(
      '(:Entity:Country {id: "north-korea", name: "North Korea"})-[:T]->(:Entity:Country {id: "russia"})',
    );
    const back = {
      $type: 'path',
      start: b,
      end: a,
      segments: [{ start: b, relationship: rel('r', 'T', '1', '2'), end: a }],
    };
    expect(renderValue(back)).toMatch(/^\(.*russia.*\)<-\[:T\]-\(/);
  });
  it('renders lists and maps with quoted strings and escaped keys', () => {
    expect(renderValue([1, 'a', null, { $type: 'int', value: '-9223372036854775808' }])).toBe(
      '[1, "a", null, -9223372036854775808]',
    );
    expect(renderValue({ k: 'v', 'odd key': [] })).toBe('{k: "v", `odd key`: []}');
  });
  it('keeps markup as text (the UI renders it as a text node)', () => {
    expect(renderValue('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
  it('names kinds', () => {
    expect(valueKind(null)).toBe('null');
    expect(valueKind([1])).toBe('list');
    expect(valueKind({ a: 1 })).toBe('map');
    expect(valueKind(node('1', [], {}))).toBe('node');
    expect(valueKind(3)).toBe('number');
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and newlines (RFC 4180) and leaves plain cells bare', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell({ $type: 'int', value: '9007199254740993' })).toBe('9007199254740993');
  });
  it('neutralises spreadsheet formulas in text cells but not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-5)).toBe('-5');
  });
  it('writes a header and CRLF rows in column order', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          { b: 2, a: 'x, y' },
          { a: null, b: [1, 2] },
        ],
      ),
    ).toBe('a,b\r\n"x, y",2\r\n,"[1, 2]"\r\n');
  });
});

describe('sorting', () => {
  it('compares exact big ints and plain numbers numerically', () => {
    expect(
      compareValues({ $type: 'int', value: '9007199254740993' }, { $type: 'int', value: '9007199254740992' }),
    ).toBe(1);
    expect(compareValues(10, { $type: 'int', value: '9007199254740993' })).toBe(-1);
    expect(compareValues(2, 10)).toBeLessThan(0);
  });
  it('sorts text naturally and keeps nulls last in both directions', () => {
    const rows = [{ x: 'b' }, { x: null }, { x: 'a10' }, { x: 'a9' }];
    expect(sortRows(rows, { column: 'x', dir: 'asc' }).map((r) => r.x)).toEqual(['a9', 'a10', 'b', null]);
    expect(sortRows(rows, { column: 'x', dir: 'desc' }).map((r) => r.x)).toEqual(['b', 'a10', 'a9', null]);
  });
  it('cycles asc → desc → none on header clicks', () => {
    const s1 = toggleSort('x')(null);
    const s2 = toggleSort('x')(s1);
    expect(s1).toEqual({ column: 'x', dir: 'asc' });
    expect(s2).toEqual({ column: 'x', dir: 'desc' });
    expect(toggleSort('x')(s2)).toBeNull();
    expect(toggleSort('y')(s2)).toEqual({ column: 'y', dir: 'asc' });
  });
});

describe('history', () => {
  it('adds newest first and dedupes the same query + params', () => {
    let h = addToHistory({ query: 'RETURN 1', params: '{}', at: 1 })([]);
    h = addToHistory({ query: 'RETURN 2', params: '{}', at: 2 })(h);
    h = addToHistory({ query: '  RETURN 1 ', params: '{}', at: 3 })(h);
    expect(h.map((e) => [e.query, e.at])).toEqual([
      ['RETURN 1', 3],
      ['RETURN 2', 2],
    ]);
    expect(removeFromHistory(2)(h)).toHaveLength(1);
    expect(addToHistory({ query: '   ', params: '', at: 4 })(h)).toBe(h);
  });
  it('is bounded', () => {
    let h: ReturnType<typeof loadHistory> = [];
    for (let i = 0; i < HISTORY_MAX + 10; i++) h = addToHistory({ query: `RETURN ${i}`, params: '', at: i })(h);
    expect(h).toHaveLength(HISTORY_MAX);
    expect(h[0]!.query).toBe(`RETURN ${HISTORY_MAX + 9}`);
  });
  it('round-trips through storage and ignores garbage', () => {
    const mem = new Map<string, string>();
    const storage = {
      getItem: (k: string) => mem.get(k) ?? null,
      setItem: (k: string, v: string) => void mem.set(k, v),
    };
    saveHistory([{ query: 'RETURN 1', params: '', at: 5 }], storage);
    expect(loadHistory(storage)).toEqual([{ query: 'RETURN 1', params: '', at: 5 }]);
    for (const k of mem.keys()) mem.set(k, '{not json');
    expect(loadHistory(storage)).toEqual([]);
  });
});

describe('parameters', () => {
  it('accepts an object, empty text, and rejects the rest with a message', () => {
    expect(parseParams('')).toEqual({ ok: true, value: {} });
    expect(parseParams('{"id": "kursk", "n": 3}')).toEqual({ ok: true, value: { id: 'kursk', n: 3 } });
    expect(parseParams('[1]').ok).toBe(false);
    expect(parseParams('{id: 1}').ok).toBe(false);
    expect(parseParams('{"bad name": 1}').ok).toBe(false);
  });
  it('finds $references outside strings and comments', () => {
    expect(referencedParams("MATCH (n {id: $id}) WHERE n.x = '$no' // $nope\nRETURN $limit, $id")).toEqual([
      'id',
      'limit',
    ]);
  });
});

describe('errorRange', () => {
  it('underlines the token at the offset', () => {
    expect(errorRange('MATCH (n) RETRUN n', 10)).toEqual({ from: 10, to: 16 });
  });
  it('underlines the last character when the error is at the end of input', () => {
    expect(errorRange('RETURN n LIMIT', 14)).toEqual({ from: 13, to: 14 });
    expect(errorRange('RETURN n LIMIT  \n', 17)).toEqual({ from: 13, to: 14 });
  });
  it('handles empty text and punctuation', () => {
    expect(errorRange('', 0)).toBeNull();
    expect(errorRange('MATCH (n', 6)).toEqual({ from: 6, to: 7 });
  });
});

describe('plan text', () => {
  it('draws the operator tree with stats', () => {
    const plan = {
      operator: 'ProduceResults',
      details: 'n',
      rows: 2,
      dbHits: 0,
      children: [
        {
          operator: 'Filter',
          details: 'n.x = 1',
          rows: 2,
          dbHits: 4,
          children: [{ operator: 'AllNodesScan', details: 'n', rows: 4, dbHits: 5, children: [] }],
        },
        { operator: 'Argument', details: '', children: [] },
      ],
    };
    expect(planLines(plan)).toEqual([
      'ProduceResults  n  (rows 2, db hits 0)',
      '├─ Filter  n.x = 1  (rows 2, db hits 4)',
      '│  └─ AllNodesScan  n  (rows 4, db hits 5)',
      '└─ Argument',
    ]);
    expect(totalDbHits(plan)).toBe(9);
  });
});
