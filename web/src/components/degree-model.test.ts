import { describe, expect, it } from 'vitest';
import { bundlesFromClaims } from '../../../lib/model/bundle.ts';
import { bundleId, type DegreeCount, type EntityDetail } from '../../../lib/model/wire.ts';
import { claim, ent } from '../state/fixtures.ts';
import {
  MAX_DEGREE_LINES,
  degreeCompleteOf,
  degreeCountText,
  degreeLines,
  degreeOnCanvas,
  typeCounts,
} from './degree-model.ts';

const degree: DegreeCount[] = [
  { type: 'CALLED_AT', direction: 'out', count: 1200 },
  { type: 'OWNED_BY', direction: 'out', count: 1 },
  { type: 'OWNED_BY', direction: 'in', count: 3 },
];

describe('degree texts', () => {
  it('exact counts unless the server says the walk was capped', () => {
    expect(degreeCountText(1200, undefined)).toBe('1,200');
    expect(degreeCountText(1200, true)).toBe('1,200');
    expect(degreeCountText(1200, false)).toBe('at least 1,200');
  });

  it('one line per type and direction', () => {
    expect(degreeLines(degree, false)).toEqual({
      lines: [
        { key: 'CALLED_AT-out', text: '→ called at', count: 'at least 1,200' },
        { key: 'OWNED_BY-out', text: '→ owned by', count: 'at least 1' },
        { key: 'OWNED_BY-in', text: '← owned by', count: 'at least 3' },
      ],
      more: 0,
    });
    expect(degreeLines(degree).lines[0]!.count).toBe('1,200');
  });

  it('is bounded: at most MAX_DEGREE_LINES lines, the rest counted', () => {
    const many: DegreeCount[] = Array.from({ length: MAX_DEGREE_LINES + 4 }, (_, i) => ({
      type: `T${i}`,
      direction: 'out',
      count: 1,
    }));
    const { lines, more } = degreeLines(many);
    expect(lines).toHaveLength(MAX_DEGREE_LINES);
    expect(more).toBe(4);
    expect(degreeLines(degree, true, 1)).toMatchObject({ lines: [{ key: 'CALLED_AT-out' }], more: 2 });
  });

  it('reads degreeComplete when the server sends it, undefined when it does not', () => {
    const detail: EntityDetail = { entity: ent('x'), degree, claimCount: 1204, mentions: [], mentionCount: 0 };
    expect(degreeCompleteOf(detail)).toBeUndefined();
    expect(degreeCompleteOf({ ...detail, degreeComplete: false } as EntityDetail)).toBe(false);
  });
});

describe('typeCounts and degreeOnCanvas (the context menu)', () => {
  it('both directions of a type on one line, busiest first', () => {
    expect(typeCounts(degree)).toEqual([
      { type: 'CALLED_AT', out: 1200, in: 0 },
      { type: 'OWNED_BY', out: 1, in: 3 },
    ]);
  });

  it('offline, counts the bundles on the canvas by direction', () => {
    const bundles = bundlesFromClaims([
      claim('c1', 'neo4j:4:f:1', 'CALLED_AT', 'neo4j:4:f:20'),
      claim('c2', 'neo4j:4:f:1', 'CALLED_AT', 'neo4j:4:f:20'),
      claim('c3', 'neo4j:4:f:10', 'OWNS', 'neo4j:4:f:1'),
      claim('c4', 'a', 'OTHER', 'b'),
    ]);
    const byId = Object.fromEntries(bundles.map((b) => [bundleId(b), b]));
    expect(degreeOnCanvas('neo4j:4:f:1', byId)).toEqual([
      { type: 'CALLED_AT', direction: 'out', count: 2 },
      { type: 'OWNS', direction: 'in', count: 1 },
    ]);
  });
});
