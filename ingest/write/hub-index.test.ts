import { describe, expect, it } from 'vitest';
import { hubChanges } from './hub-index.ts';

describe('hubChanges', () => {
  it('builds new hubs and touched hubs, drops former and touched ones, leaves the rest', () => {
    const r = hubChanges(['a', 'b', 'c'], ['a', 'c', 'd'], new Set(['c', 'x']));
    expect(r.build).toEqual(['c', 'd']);
    expect(r.drop).toEqual(['b', 'c']);
  });

  it('builds every hub of a store indexed before the hub index existed', () => {
    expect(hubChanges([], ['a', 'b'], new Set())).toEqual({ drop: [], build: ['a', 'b'] });
  });

  it('changes nothing when no hub was touched', () => {
    expect(hubChanges(['a', 'b'], ['a', 'b'], new Set(['leaf']))).toEqual({ drop: [], build: [] });
  });
});
