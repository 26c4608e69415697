import { describe, expect, it } from 'vitest';
import { decodeQualifiers, encodeQualifiers, parseFigureValue, qualifierSymbol } from './figures.ts';

describe('figure values', () => {
  it('reads a number as an exact figure', () => {
    expect(parseFigureValue(1500)).toEqual({ value: 1500 });
    expect(parseFigureValue('1500')).toEqual({ value: 1500 });
  });

  it.each([
    ['at least 1500', 1500, 'at-least'],
    ['≥ 1500', 1500, 'at-least'],
    ['>=1500', 1500, 'at-least'],
    ['more than 600000', 600000, 'more-than'],
    ['> 600000', 600000, 'more-than'],
    ['At most 5', 5, 'at-most'],
    ['~3000', 3000, 'about'],
  ])('reads "%s" as a bound', (raw, value, qualifier) => {
    expect(parseFigureValue(raw)).toEqual({ value, qualifier });
  });

  it('refuses text that is no number, saying what it takes', () => {
    const r = parseFigureValue('a million');
    expect('error' in r && r.error).toMatch(/not a number/);
    expect('error' in parseFigureValue('1.500.000')).toBe(true);
    expect('error' in parseFigureValue(null)).toBe(true);
  });

  it('stores bounds as key:qualifier and reads them back, ignoring junk', () => {
    const stored = encodeQualifiers({ troops: 'at-least', casualties: 'more-than' });
    expect(stored).toEqual(['casualties:more-than', 'troops:at-least']);
    expect(decodeQualifiers([...stored, 'x:bogus', 7])).toEqual({ troops: 'at-least', casualties: 'more-than' });
    expect(qualifierSymbol('at-least')).toBe('≥');
    expect(qualifierSymbol(undefined)).toBe('');
  });
});
