import { describe, expect, it } from 'vitest';
import { formatValue, groupDigits, LIST_ITEMS_SHOWN } from './property-format.ts';

describe('groupDigits', () => {
  it('groups the whole part and keeps sign and fraction exactly', () => {
    expect(groupDigits('220940')).toBe('220,940');
    expect(groupDigits('-1234567.25')).toBe('-1,234,567.25');
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('0.000123')).toBe('0.000123');
  });

  it('keeps every digit of a big int and leaves non-decimals alone', () => {
    expect(groupDigits('-9223372036854775808')).toBe('-9,223,372,036,854,775,808');
    expect(groupDigits('1e+21')).toBe('1e+21');
    expect(groupDigits('NaN')).toBe('NaN');
  });
});

describe('formatValue: scalars', () => {
  it('numbers get locale grouping, the raw text as title when it changed', () => {
    expect(formatValue(220940)).toEqual({ text: '220,940', hint: 'number', title: '220940' });
    expect(formatValue(14.5)).toEqual({ text: '14.5', hint: 'number' });
    expect(formatValue({ $type: 'int', value: '12345678901234567890' })).toEqual({
      text: '12,345,678,901,234,567,890',
      hint: 'number',
      title: '12345678901234567890',
    });
    expect(formatValue({ $type: 'float', value: 'NaN' })).toEqual({ text: 'NaN', hint: 'number' });
  });

  it('booleans, null, strings and the empty string', () => {
    expect(formatValue(true)).toEqual({ text: 'true', hint: 'boolean' });
    expect(formatValue(false).text).toBe('false');
    expect(formatValue(null)).toEqual({ text: 'null', hint: 'null' });
    expect(formatValue('NLRTM')).toEqual({ text: 'NLRTM', hint: 'text' });
    expect(formatValue('')).toEqual({ text: '(empty)', hint: 'text' });
  });

  it('says when the decoder cut a string at 2,000 characters', () => {
    expect(formatValue(`${'x'.repeat(2000)}…`).hint).toBe('text · first 2,000 characters');
    expect(formatValue('Wait…').hint).toBe('text');
  });
});

describe('formatValue: temporals', () => {
  it('dates read as day month year, ISO kept as title', () => {
    expect(formatValue({ $type: 'date', value: '2021-03-23' })).toEqual({
      text: '23 Mar 2021',
      hint: 'date',
      title: '2021-03-23',
    });
  });

  it('datetimes keep their own offset or zone (no conversion to the reader’s zone)', () => {
    expect(formatValue({ $type: 'datetime', value: '2021-07-29T06:00:00Z' })).toEqual({
      text: '29 Jul 2021, 06:00 UTC',
      hint: 'datetime',
      title: '2021-07-29T06:00:00Z',
    });
    expect(formatValue({ $type: 'datetime', value: '2019-02-11T14:30:05.5+02:00' }).text).toBe(
      '11 Feb 2019, 14:30:05.5 UTC+02:00',
    );
    expect(formatValue({ $type: 'datetime', value: '2021-07-29T06:00:00+02:00[Europe/Amsterdam]' }).text).toBe(
      '29 Jul 2021, 06:00 Europe/Amsterdam (UTC+02:00)',
    );
  });

  it('local values stay local; times and durations', () => {
    expect(formatValue({ $type: 'localdatetime', value: '2021-07-29T06:00:00' })).toMatchObject({
      text: '29 Jul 2021, 06:00',
      hint: 'local datetime',
    });
    expect(formatValue({ $type: 'time', value: '06:00:00Z' })).toMatchObject({ text: '06:00 UTC', hint: 'time' });
    expect(formatValue({ $type: 'localtime', value: '23:59:59.999' }).text).toBe('23:59:59.999');
    expect(formatValue({ $type: 'duration', value: 'P1Y2M3DT4H' })).toEqual({ text: 'P1Y2M3DT4H', hint: 'duration' });
  });

  it('text it cannot read is shown as given', () => {
    expect(formatValue({ $type: 'date', value: '+123456-01-01x' })).toEqual({ text: '+123456-01-01x', hint: 'date' });
    expect(formatValue({ $type: 'date', value: '2021-13-01' }).text).toBe('2021-13-01');
  });
});

describe('formatValue: points', () => {
  it('WGS-84 as degrees north/east (x is the longitude)', () => {
    const p = formatValue({ $type: 'point', srid: 4326, x: 4.14, y: 51.95 });
    expect(p.text).toBe('51.95° N, 4.14° E');
    expect(p.hint).toBe('point · WGS-84');
    expect(p.title).toBe('srid 4326: x 4.14, y 51.95');
    expect(formatValue({ $type: 'point', srid: 4979, x: -70.5, y: -33.4, z: 520 }).text).toBe(
      '33.4° S, 70.5° W, 520 m',
    );
  });

  it('cartesian as x, y[, z], ungrouped so the commas stay separators', () => {
    expect(formatValue({ $type: 'point', srid: 7203, x: 1234.5, y: 2 })).toMatchObject({
      text: '1234.5, 2',
      hint: 'point · cartesian',
    });
    expect(formatValue({ $type: 'point', srid: 9157, x: 1, y: 2, z: 3 }).text).toBe('1, 2, 3');
  });
});

describe('formatValue: lists and maps', () => {
  it('comma-separated with a count; nested lists in brackets', () => {
    expect(formatValue([3, 4])).toEqual({ text: '3, 4', hint: 'list · 2' });
    expect(formatValue(['PA', 'NL'])).toEqual({ text: 'PA, NL', hint: 'list · 2' });
    expect(formatValue([[1, 2], [3]])).toEqual({ text: '[1, 2], [3]', hint: 'list · 2' });
    expect(formatValue([]).text).toBe('(empty list)');
    expect(formatValue([{ $type: 'date', value: '2021-03-23' }, 1500]).text).toBe('23 Mar 2021, 1,500');
  });

  it('spells out at most LIST_ITEMS_SHOWN items and counts the rest', () => {
    const long = Array.from({ length: LIST_ITEMS_SHOWN + 30 }, (_, i) => i);
    const f = formatValue(long);
    expect(f.hint).toBe(`list · ${LIST_ITEMS_SHOWN + 30}`);
    expect(f.text.endsWith(`${LIST_ITEMS_SHOWN - 1}, … and 30 more`)).toBe(true);
  });

  it('maps as sorted key: value pairs', () => {
    expect(formatValue({ b: 2, a: 'x' })).toEqual({ text: 'a: x; b: 2', hint: 'map' });
  });
});
