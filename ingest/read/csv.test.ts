import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, CRLF and multi-line fields with start lines', () => {
    const { records, error } = parseCsv('id,quote\r\na,"he said ""yes"""\r\nb,"two\nlines"\nc,plain\n');
    expect(error).toBeUndefined();
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
    expect(records[1]!.fields).toEqual(['a', 'he said "yes"']);
    expect(records[2]!.fields).toEqual(['b', 'two\nlines']);
  });

  it('reports an unterminated quote with its line', () => {
    const { error } = parseCsv('id,q\nx,"open\n');
    expect(error).toEqual({ line: 2, message: 'unterminated quoted field' });
  });
});
