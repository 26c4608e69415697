import { describe, expect, it } from 'vitest';
import { isInternalLabel, lookupsOf, planSearch, scanKeysOf, SEARCH_CAPS, type IndexRow } from './plan.ts';

const ix = (name: string, type: string, labels: string[], properties: string[]): IndexRow => ({
  name,
  type,
  labels,
  properties,
});

describe('planSearch', () => {
  it('queries every full-text index on user labels and lets the scan skip the labels they cover', () => {
    const plan = planSearch(
      [
        ix('vessels', 'FULLTEXT', ['Vessel'], ['vesselName']),
        ix('entity_search', 'FULLTEXT', ['Entity'], ['name', 'aliasesText']),
        ix('hubs', 'FULLTEXT', ['ExplorerHub'], ['id']),
      ],
      ['Vessel', 'Entity', 'ExplorerMeta', 'Port'],
      ['vesselName', 'name'],
    );
    expect(plan.fulltext).toEqual([
      { name: 'entity_search', labels: ['Entity'] },
      { name: 'vessels', labels: ['Vessel'] },
    ]);
    expect(plan.covered).toEqual(['Entity', 'Vessel']);
    expect(plan.scanNeeded).toBe(true); // Port
  });

  it('needs no scan when full-text indexes cover every user label, and always on an empty schema', () => {
    const all = planSearch([ix('f', 'FULLTEXT', ['A', 'B'], ['name'])], ['A', 'B', 'ExplorerHubBundle'], ['name']);
    expect(all.scanNeeded).toBe(false);
    expect(planSearch([], [], []).scanNeeded).toBe(true);
    expect(planSearch([], ['ExplorerMeta'], []).scanNeeded).toBe(true);
  });

  it('caps the full-text indexes it queries', () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      ix(`ft${String(i).padStart(2, '0')}`, 'FULLTEXT', ['A'], ['name']),
    );
    expect(planSearch(many, ['A'], []).fulltext).toHaveLength(SEARCH_CAPS.fulltextIndexes);
  });
});

describe('lookupsOf', () => {
  it('seeks single-property RANGE indexes on caption-like keys and any TEXT index, outside covered labels', () => {
    const lookups = lookupsOf(
      [
        ix('a', 'RANGE', ['Vessel'], ['vesselName']),
        ix('b', 'RANGE', ['Vessel'], ['imo']), // a number, not a caption
        ix('c', 'TEXT', ['Port'], ['portCode']), // strings only: worth a seek
        ix('d', 'RANGE', ['Company'], ['legalName', 'companyNo']), // composite: no prefix seek
        ix('e', 'RANGE', ['Entity'], ['name']), // covered by full-text
        ix('f', 'RANGE', ['ExplorerHub'], ['name']), // the app's own
        ix('g', 'RANGE', ['Odd\\u0060'], ['name']), // not safely quotable
        ix('h', 'POINT', ['Port'], ['locationName']),
      ],
      new Set(['Entity']),
    );
    expect(lookups).toEqual([
      { label: 'Port', property: 'portCode' },
      { label: 'Vessel', property: 'vesselName' },
    ]);
  });

  it("gives every label its caption key before any label's second property, then caps", () => {
    const rows = [
      ix('1', 'RANGE', ['B'], ['title']),
      ix('2', 'RANGE', ['B'], ['name']),
      ix('3', 'TEXT', ['A'], ['aName']),
      ix('4', 'RANGE', ['A'], ['name']),
      ix('5', 'TEXT', ['B'], ['name']), // same pair as 2: one seek
    ];
    expect(lookupsOf(rows, new Set())).toEqual([
      { label: 'A', property: 'name' },
      { label: 'B', property: 'name' },
      { label: 'A', property: 'aName' },
      { label: 'B', property: 'title' },
    ]);
    const many = Array.from({ length: 40 }, (_, i) => ix(`r${i}`, 'RANGE', [`L${i}`], ['name']));
    expect(lookupsOf(many, new Set())).toHaveLength(SEARCH_CAPS.lookups);
  });
});

describe('scanKeysOf', () => {
  it('matches caption-like keys, or any key when the database has none, sorted and capped', () => {
    expect(scanKeysOf(['imo', 'vesselName', 'legalName', 'title', 'portCode'])).toEqual([
      'legalName',
      'title',
      'vesselName',
    ]);
    expect(scanKeysOf(['code', 'desc'])).toEqual(['code', 'desc']);
    expect(scanKeysOf(Array.from({ length: 100 }, (_, i) => `k${i}Name`))).toHaveLength(SEARCH_CAPS.scanKeys);
  });
});

describe('isInternalLabel', () => {
  it('is the ingest marker and every hub-index label, nothing else', () => {
    expect(['ExplorerMeta', 'ExplorerHub', 'ExplorerHubBundle'].every(isInternalLabel)).toBe(true);
    expect(['Explorer', 'Entity', 'explorermeta'].some(isInternalLabel)).toBe(false);
  });
});
