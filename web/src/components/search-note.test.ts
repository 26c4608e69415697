import { describe, expect, it } from 'vitest';
import { resultKind, searchNote } from './search-note.ts';

describe('searchNote', () => {
  it('notes a partial answer, naming the scan when it came from one', () => {
    expect(searchNote({ partial: true, method: 'scan' })).toBe('partial results (no full-text index)');
    expect(searchNote({ partial: true, method: 'fulltext' })).toBe('partial results (cut to fit)');
    expect(searchNote({ partial: false, method: 'indexed' })).toBeNull();
  });
});

describe('resultKind', () => {
  it("shows a foreign node's labels and a curated entity's type", () => {
    expect(resultKind({ type: 'Company', labels: ['Company', 'Shipowner'] })).toBe('Company · Shipowner');
    expect(resultKind({ type: 'Person' })).toBe('Person');
  });
});
