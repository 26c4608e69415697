import { describe, expect, it } from 'vitest';
import { LONG_VALUE_CHARS, MAX_PROPERTY_ROWS, propertyRows } from './property-format-rows.ts';
import { entityFromPlain } from '../../../lib/neo4j/result-graph.ts';
import { EVER_GIVEN, ROTTERDAM } from '../components/inspector-fixtures.ts';

describe('propertyRows', () => {
  it('a foreign node with a point: caption first, then the keys in order, each typed', () => {
    const port = entityFromPlain(ROTTERDAM);
    const { rows, more } = propertyRows(port.properties);
    expect(rows.map((r) => r.key)).toEqual(['portName', 'id', 'location', 'portCode']);
    expect(rows[0]).toMatchObject({ caption: true, text: 'Rotterdam', hint: 'text' });
    expect(rows.find((r) => r.key === 'location')).toMatchObject({
      text: '51.95° N, 4.14° E',
      hint: 'point · WGS-84',
      caption: false,
    });
    expect(more).toBe(0);
  });

  it('a vessel: date, grouped number and list rows', () => {
    const { rows } = propertyRows(entityFromPlain(EVER_GIVEN).properties);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(rows[0]!.key).toBe('vesselName');
    expect(byKey.built).toMatchObject({ text: '25 Sep 2018', hint: 'date', title: '2018-09-25' });
    expect(byKey.tonnage).toMatchObject({ text: '220,940', hint: 'number' });
    expect(byKey.flags).toMatchObject({ text: 'PA, NL', hint: 'list · 2' });
  });

  it('orders keys case-insensitively (ties by code point); an explicit null caption means no caption row', () => {
    const { rows } = propertyRows({ b: 1, A: 2, a: 3, name: 'x' }, null);
    expect(rows.map((r) => r.key)).toEqual(['A', 'a', 'b', 'name']);
    expect(rows.some((r) => r.caption)).toBe(false);
  });

  it('is bounded: at most MAX_PROPERTY_ROWS rows, the rest counted', () => {
    const props = Object.fromEntries(Array.from({ length: MAX_PROPERTY_ROWS + 7 }, (_, i) => [`k${i}`, i]));
    const { rows, more } = propertyRows(props);
    expect(rows).toHaveLength(MAX_PROPERTY_ROWS);
    expect(more).toBe(7);
    expect(propertyRows(props, null, 5)).toMatchObject({ more: MAX_PROPERTY_ROWS + 2 });
  });

  it('collapses long values to a short text, keeps the full text', () => {
    const long = 'word '.repeat(100);
    const [row] = propertyRows({ text: long }, null).rows;
    expect(row!.text).toBe(long);
    expect(row!.short).toBe(`${long.slice(0, LONG_VALUE_CHARS)}…`);
    expect(propertyRows({ text: 'short' }, null).rows[0]!.short).toBeNull();
  });

  it('no properties, no rows', () => {
    expect(propertyRows(undefined)).toEqual({ rows: [], more: 0 });
  });
});
