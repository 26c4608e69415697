// Elements built through a perspective, on a foreign graph decoded by the one decoder, checked in headless Cytoscape.
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { resultGraph } from '../../../lib/neo4j/result-graph.ts';
import type { Plain } from '../../../lib/neo4j/values.ts';
import { generatePerspective } from '../../../lib/model/perspective-generate.ts';
import { factsFromEntities } from '../../../lib/model/perspective-facts.ts';
import { STORY_LOOK } from '../../../lib/model/perspective-palette.ts';
import type { Perspective } from '../../../lib/model/perspective.ts';
import { emptyState, mergeGraph, setStyle } from '../state/graph.ts';
import type { GraphState } from '../state/types.ts';
import { effectivePerspective, perspectiveFor, resolvePerspective } from '../styles/perspective.ts';
import { buildStylesheet } from '../styles/registry.ts';
import { ent } from '../state/fixtures.ts';
import { toCytoscapeElements } from './elements.ts';
import { NODE_SIZE } from './elements-perspective.ts';
import { drawnCategories, hiddenByPerspective } from './elements-summary.ts';
import { plainNode as node, plainRel as rel } from '../../../lib/testing/plain-graph.ts';

const rows: Plain[] = [
  node('4:x:1', ['Vessel'], { id: 1, vesselName: 'Ever Given', tonnage: 220940 }),
  node('4:x:2', ['Vessel'], { id: 2, vesselName: 'Ever Ace', tonnage: 235579 }),
  node('4:x:3', ['Vessel'], { id: 3, vesselName: 'Small One', tonnage: 1000 }),
  node('4:x:10', ['Company', 'Shipowner'], { id: 10, legalName: 'Shoei Kisen Kaisha' }),
  node('4:x:20', ['Port'], { id: 20, portName: 'Rotterdam', portCode: 'NLRTM' }),
  rel('r1', 'OWNED_BY', '4:x:1', '4:x:10', { share: 1 }),
  rel('r2', 'CALLED_AT', '4:x:1', '4:x:20', { berth: 'B3' }),
  rel('r3', 'CALLED_AT', '4:x:2', '4:x:20', { berth: 'B7' }),
];

const shipping = (): GraphState => {
  const g = resultGraph(rows);
  return mergeGraph({ nodes: g.nodes, bundles: g.bundles }, 'replace')(emptyState());
};
const generated = (s: GraphState): Perspective =>
  generatePerspective(factsFromEntities(Object.values(s.nodes).map((n) => n.entity)));
const edit = (p: Perspective, label: string, patch: object): Perspective => ({
  ...p,
  categories: p.categories.map((c) => (c.label === label ? { ...c, ...patch } : c)),
});
const elements = (s: GraphState, p: Perspective) =>
  toCytoscapeElements(s, { statuses: [], perspective: perspectiveFor(p, s) });
const headless = (els: cytoscape.ElementDefinition[]) =>
  cytoscape({ headless: true, styleEnabled: true, elements: els, style: buildStylesheet('default') as never });
const byName = (els: cytoscape.ElementDefinition[], name: string) => els.find((e) => e.data.name === name)!;

describe('elements through a perspective', () => {
  it('captions, colours and shapes every node by its category (its first category label)', () => {
    const s = shipping();
    const p = generated(s);
    const cy = headless(elements(s, p));
    const vessel = p.categories.find((c) => c.label === 'Vessel')!;
    const given = cy.nodes().filter((n) => n.data('name') === 'Ever Given');
    expect(given.data()).toMatchObject({ category: 'Vessel', label: 'Ever Given', colour: vessel.colour });
    expect(given.style('shape')).toBe(vessel.shape);
    expect(
      cy
        .nodes()
        .filter((n) => n.data('name') === 'Shoei Kisen Kaisha')
        .data('category'),
    ).toBe('Company');
    cy.destroy();
  });

  it('labels a foreign node with the chosen caption property, and sizes it by a numeric one within bounds', () => {
    const s = shipping();
    const p = edit(generated(s), 'Vessel', { caption: 'id', sizeBy: 'tonnage' });
    const els = elements(s, p);
    expect(byName(els, 'Ever Given').data.label).toBe('1');
    const sizes = ['Small One', 'Ever Given', 'Ever Ace'].map((n) => byName(els, n).data.size as number);
    expect(sizes[0]).toBe(NODE_SIZE.min);
    expect(sizes[2]).toBe(NODE_SIZE.max);
    expect(sizes[1]).toBeGreaterThan(sizes[0]!);
    expect(byName(els, 'Rotterdam').data.size).toBe(NODE_SIZE.default);
    const cy = headless(els);
    expect(
      cy
        .nodes()
        .filter((n) => n.data('name') === 'Ever Ace')
        .width(),
    ).toBe(NODE_SIZE.max);
    cy.destroy();
  });

  it('does not draw hidden categories (nor their edges) or hidden relationship types', () => {
    const s = shipping();
    const p = edit(generated(s), 'Port', { hidden: true });
    const els = elements(s, p);
    expect(els.map((e) => e.data.name)).not.toContain('Rotterdam');
    expect(els.filter((e) => e.data.type === 'CALLED_AT')).toEqual([]);
    expect(els.filter((e) => e.data.type === 'OWNED_BY')).toHaveLength(1);
    const noOwned = { ...generated(s), relationships: [{ type: 'OWNED_BY', caption: null, hidden: true }] };
    expect(elements(s, noOwned).filter((e) => e.data.type === 'OWNED_BY')).toEqual([]);
  });

  it('captions edges by a relationship property, else by the type name', () => {
    const s = shipping();
    const p = { ...generated(s), relationships: [{ type: 'CALLED_AT', caption: 'berth', hidden: false }] };
    const els = elements(s, p);
    expect(
      els
        .filter((e) => e.data.type === 'CALLED_AT')
        .map((e) => e.data.label)
        .sort(),
    ).toEqual(['B3', 'B7']);
    expect(els.find((e) => e.data.type === 'OWNED_BY')!.data.label).toBe('owned by');
  });

  it('gives labels the fetched perspective lacks a generated category, keeping the fetched ones', () => {
    const s = shipping();
    const onlyVessel = { ...generated(s), categories: generated(s).categories.filter((c) => c.label === 'Vessel') };
    const eff = effectivePerspective(onlyVessel, s);
    expect(eff.categories[0]).toEqual(onlyVessel.categories[0]);
    expect(eff.categories.map((c) => c.label).sort()).toEqual(['Company', 'Port', 'Shipowner', 'Vessel']);
    expect(effectivePerspective(onlyVessel, s)).toBe(eff);
  });

  it('draws the story with the look it always had, and print redraws the story colours', () => {
    const s = mergeGraph({ nodes: [ent('kursk', 'Place', 'Kursk')], bundles: [] })(emptyState());
    const [kursk] = toCytoscapeElements(s);
    expect(kursk!.data).toMatchObject({ category: 'Place', ...STORY_LOOK.Place, label: 'Kursk' });
    expect(toCytoscapeElements(setStyle('print')(s))[0]!.data.colour).toBe('#009E73');
    const p = resolvePerspective(effectivePerspective(null, s), 'print');
    expect(p.categories.get('Place')!.title).toBe('Region or city');
  });
});

describe('legend and status summaries', () => {
  it('name only the categories drawn, and count what the perspective hides', () => {
    const s = shipping();
    const p = edit(generated(s), 'Port', { hidden: true });
    const r = perspectiveFor({ ...p, relationships: [{ type: 'OWNED_BY', caption: null, hidden: true }] }, s);
    const drawn = drawnCategories(toCytoscapeElements(s, { statuses: [], perspective: r }), r);
    expect(drawn.map((d) => [d.look?.label, d.count])).toEqual([
      ['Company', 1],
      ['Vessel', 3],
    ]);
    const hidden = hiddenByPerspective(s, r);
    expect(hidden.nodes).toBe(1);
    expect(hidden.categories.map((c) => c.look.label)).toEqual(['Port']);
    expect(hidden.types).toEqual([{ type: 'OWNED_BY', count: 1 }]);
  });
});
