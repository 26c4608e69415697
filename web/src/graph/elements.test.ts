import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { toCytoscapeElements } from './elements.ts';
import {
  emptyState,
  expand,
  graphFromClaims,
  hide,
  mergeGraph,
  pin,
  setFilters,
  setPositions,
  setStyle,
} from '../state/graph.ts';
import { claim, ent, expandResult, structural } from '../state/fixtures.ts';
import { buildStylesheet, STYLES, UNCLICKABLE_SHAPES } from '../styles/registry.ts';
import { ENTITY_TYPES } from '../../../lib/model/domain.ts';

const story = () =>
  mergeGraph(
    graphFromClaims(
      [
        ent('north-korea'),
        ent('kursk', 'Place', 'Kursk'),
        { ...ent('art', 'Article', 'Article'), labels: ['Article'] },
      ],
      [
        claim('c1', 'north-korea', 'SENDS_TROOPS_TO', 'kursk', { status: 'confirmed' }),
        claim('c2', 'north-korea', 'SENDS_TROOPS_TO', 'kursk', { status: 'alleged', date: '2024-10-23' }),
        claim('c3', 'north-korea', 'DENIES', 'kursk', { status: 'denied' }),
        claim('c4', 'north-korea', 'PLANS', 'kursk', { status: 'alleged' }),
        structural('m1', 'art', 'MENTIONS', 'kursk'),
      ],
    ),
  )(emptyState());

describe('toCytoscapeElements', () => {
  it('aggregates claims into one edge per (source, type, target)', () => {
    const els = toCytoscapeElements(story());
    const edges = els.filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data.id).sort()).toEqual([
      'art|MENTIONS|kursk',
      'north-korea|DENIES|kursk',
      'north-korea|PLANS|kursk',
      'north-korea|SENDS_TROOPS_TO|kursk',
    ]);
    const troops = edges.find((e) => e.data.type === 'SENDS_TROOPS_TO')!;
    expect(troops.data.claimCount).toBe(2);
    expect(troops.data.claims.map((c: { id: string }) => c.id)).toEqual(['c1', 'c2']);
    expect(troops.data.label).toBe('sends troops to ×2');
    expect(troops.data.dashed).toBe(false); // one confirmed claim makes it solid
  });

  it('marks contested-only edges dashed and non-claim edges neutral', () => {
    const edges = toCytoscapeElements(story()).filter((e) => e.group === 'edges');
    expect(edges.find((e) => e.data.type === 'DENIES')!.data.dashed).toBe(true);
    expect(edges.find((e) => e.data.type === 'PLANS')!.data.dashed).toBe(true);
    const m = edges.find((e) => e.data.type === 'MENTIONS')!;
    expect(m.data.neutral).toBe(true);
    expect(m.data.dashed).toBe(false);
  });

  it('node data carries type, name, pinned, position and the "more" badge', () => {
    let s = story();
    s = expand('north-korea', expandResult('north-korea', [], [], 140), { direction: 'both', skip: 25 })(s);
    s = pin(['kursk'])(setPositions({ kursk: { x: 10, y: 20 } })(s));
    const els = toCytoscapeElements(s);
    const k = els.find((e) => e.data.id === 'kursk')!;
    expect(k.data).toMatchObject({ type: 'Place', name: 'Kursk', pinned: true });
    expect(k.position).toEqual({ x: 10, y: 20 });
    const nk = els.find((e) => e.data.id === 'north-korea')!;
    expect(nk.data.more).toBe(115);
    expect(nk.data.label).toContain('+115 more');
  });

  it('hidden and filtered elements are not emitted', () => {
    const s = setFilters({ relTypes: ['SENDS_TROOPS_TO'] })(hide(['art'])(story()));
    const ids = toCytoscapeElements(s).map((e) => e.data.id);
    expect(ids).not.toContain('art');
    expect(ids).not.toContain('north-korea|SENDS_TROOPS_TO|kursk');
    expect(ids).toContain('north-korea|DENIES|kursk');
  });
});

describe('style registry applied in headless cytoscape', () => {
  it('has a clickable colour and shape for every entity type in every style', () => {
    for (const st of STYLES)
      for (const t of ENTITY_TYPES) {
        expect(st.types[t.id], `${st.id}/${t.id}`).toBeDefined();
        expect(UNCLICKABLE_SHAPES).not.toContain(st.types[t.id]!.shape);
      }
    expect(new Set(STYLES.map((s) => s.id))).toEqual(new Set(['default', 'print']));
  });

  it('renders type colours, shapes, dashed and bezier edges, width by claim count', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toCytoscapeElements(story()),
      style: buildStylesheet('default') as never,
    });
    const kursk = cy.getElementById('kursk');
    expect(kursk.style('shape')).toBe(STYLES[0]!.types.Place!.shape);
    expect(kursk.style('background-color')).toBe('rgb(43,138,62)');
    const denies = cy.getElementById('north-korea|DENIES|kursk');
    expect(denies.style('line-style')).toBe('dashed');
    expect(denies.style('curve-style')).toBe('bezier');
    const troops = cy.getElementById('north-korea|SENDS_TROOPS_TO|kursk');
    expect(troops.style('line-style')).toBe('solid');
    expect(parseFloat(troops.style('width'))).toBeGreaterThan(parseFloat(denies.style('width')));
    expect(cy.getElementById('art').style('shape')).toBe('rectangle');
    cy.destroy();
  });

  it('print style switches colours', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toCytoscapeElements(setStyle('print')(story())),
      style: buildStylesheet('print') as never,
    });
    expect(cy.getElementById('kursk').style('background-color')).toBe('rgb(0,158,115)');
    cy.destroy();
  });
});
