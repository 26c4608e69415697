// The figure export draws what the canvas draws: a headless Cytoscape holding elements built through an edited
// perspective, read by the export's snapshot, its legend and the SVG writer.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { generatePerspective } from '../../../lib/model/perspective-generate.ts';
import { factsFromEntities } from '../../../lib/model/perspective-facts.ts';
import type { Entity } from '../../../lib/model/wire.ts';
import { emptyState, mergeGraph } from '../state/graph.ts';
import { defaultRegistries, toCytoscapeElements } from '../graph/elements.ts';
import { categoryTitle, perspectiveFor } from '../styles/perspective.ts';
import { buildStylesheet } from '../styles/registry.ts';
import { ent } from '../state/fixtures.ts';
import { legendItems } from './furniture.ts';
import { snapshotGraph } from './snapshot.ts';

const foreign = (n: number, label: string, props: Entity['properties']): Entity => ({
  id: `neo4j:4:x:${n}`,
  name: `${label} ${n}`,
  type: label,
  aliases: [],
  description: null,
  labels: [label],
  properties: props,
});

describe('export through the perspective', () => {
  it('snapshots the perspective colours and shapes, and the legend names the categories on the canvas', () => {
    const nodes = [
      foreign(1, 'Vessel', { vesselName: 'Ever Given' }),
      foreign(2, 'Vessel', { vesselName: 'Ever Ace' }),
      foreign(3, 'Port', { portName: 'Rotterdam' }),
      ent('kursk', 'Place', 'Kursk'),
    ];
    const s = mergeGraph({ nodes, bundles: [] })(emptyState());
    const generated = generatePerspective(factsFromEntities(nodes));
    const p = {
      ...generated,
      categories: generated.categories.map((c) =>
        c.label === 'Vessel' ? { ...c, colour: '#123456', shape: 'tag' as const } : c,
      ),
    };
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toCytoscapeElements(s, { ...defaultRegistries, perspective: perspectiveFor(p, s) }),
      style: buildStylesheet('default') as never,
    });
    const snap = snapshotGraph(cy, 'full');
    const given = snap.nodes.find((n) => n.name === 'Vessel 1')!;
    expect(given).toMatchObject({ category: 'Vessel', shape: 'tag', fill: 'rgb(18,52,86)' });
    const legend = legendItems(snap, categoryTitle).filter((i) => i.kind === 'node');
    // In the order of the category labels (Place, Port, Vessel), named as people read them.
    expect(legend.map((i) => [i.label, i.count])).toEqual([
      ['Region or city', 1],
      ['Port', 1],
      ['Vessel', 2],
    ]);
    expect(legend.find((i) => i.label === 'Vessel')).toMatchObject({ shape: 'tag', fill: 'rgb(18,52,86)' });
    cy.destroy();
  });
});
