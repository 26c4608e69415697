// The classification of a database by who filled it, from the facts cypher/db-ownership.cypher reads.
import { describe, expect, it } from 'vitest';
import { classifyOwnership, describeForeign, MAX_LABELS, type OwnershipFacts } from './ownership.ts';

/** An app database as an ingest of data/ leaves it. */
const ours: OwnershipFacts = {
  nodes: 92,
  entities: 85,
  appNodes: 92,
  marked: true,
  otherLabels: [],
  otherLabelCount: 0,
  typeLabels: ['Country', 'Person'],
  appLabels: ['Article', 'Entity', 'ExplorerMeta'],
};

/** The shipping registry of lib/testing/foreign-graph.ts. */
const shipping: OwnershipFacts = {
  nodes: 9,
  entities: 0,
  appNodes: 0,
  marked: false,
  otherLabels: ['Company', 'Port', 'Shipowner', 'Vessel'],
  otherLabelCount: 4,
  typeLabels: [],
  appLabels: [],
};

describe('classifyOwnership', () => {
  it('no node at all is empty', () => {
    const facts = { ...shipping, nodes: 0, otherLabels: [], otherLabelCount: 0 };
    expect(classifyOwnership(facts).kind).toBe('empty');
  });

  it('only app kinds and the marker is ours', () => {
    expect(classifyOwnership(ours)).toMatchObject({ kind: 'ours', foreignNodes: 0, unmarkedAppNodes: 0 });
    // The marker alone (an ingest of nothing) is ours too: npm start then ingests data/ into it.
    const markerOnly = { ...ours, nodes: 1, entities: 0, appNodes: 1, typeLabels: [], appLabels: ['ExplorerMeta'] };
    expect(classifyOwnership(markerOnly).kind).toBe('ours');
  });

  it('a graph of other labels is foreign, with its node count and labels', () => {
    expect(classifyOwnership(shipping)).toMatchObject({
      kind: 'foreign',
      foreignNodes: 9,
      labels: ['Company', 'Port', 'Shipowner', 'Vessel'],
      moreLabels: false,
    });
  });

  it('unlabelled nodes next to ours make it foreign', () => {
    const o = classifyOwnership({ ...ours, nodes: 95 });
    expect(o).toMatchObject({ kind: 'foreign', foreignNodes: 3, labels: [] });
  });

  it("the app's labels without the marker are foreign (someone else's :Article)", () => {
    const o = classifyOwnership({
      ...ours,
      nodes: 6,
      entities: 0,
      appNodes: 6,
      marked: false,
      typeLabels: [],
      appLabels: ['Article'],
    });
    expect(o).toMatchObject({ kind: 'foreign', foreignNodes: 0, unmarkedAppNodes: 6, unmarkedLabels: ['Article'] });
  });

  it('a foreign label on nodes of ours is foreign though the counts add up', () => {
    const o = classifyOwnership({ ...ours, otherLabels: ['Vessel'], otherLabelCount: 1 });
    expect(o).toMatchObject({ kind: 'foreign', foreignNodes: 0, labels: ['Vessel'] });
  });

  it('type labels without any entity are named as foreign (the movies graph: Movie, Person)', () => {
    const movies = { ...shipping, nodes: 171, otherLabels: ['Movie'], otherLabelCount: 1, typeLabels: ['Person'] };
    expect(classifyOwnership(movies).labels).toEqual(['Movie', 'Person']);
    // With entities a Person may be ours: only the count says there are others.
    const mixed = { ...ours, nodes: 100, typeLabels: ['Person'] };
    expect(classifyOwnership(mixed)).toMatchObject({ kind: 'foreign', foreignNodes: 8, labels: [] });
  });

  it(`names at most ${MAX_LABELS} labels and says when there are more`, () => {
    const many = ['A', 'B', 'C', 'D', 'E'];
    const o = classifyOwnership({ ...shipping, otherLabels: many, otherLabelCount: 40 });
    expect(o.labels).toEqual(many);
    expect(o.moreLabels).toBe(true);
    const typed = classifyOwnership({ ...shipping, otherLabels: many, otherLabelCount: 5, typeLabels: ['Person'] });
    expect(typed).toMatchObject({ labels: many, moreLabels: true });
  });

  it('never counts fewer than zero foreign nodes', () => {
    expect(classifyOwnership({ ...ours, appNodes: 93 }).foreignNodes).toBe(0);
  });
});

describe('describeForeign', () => {
  it('says how many nodes this app did not write and which labels', () => {
    expect(describeForeign(classifyOwnership(shipping))).toBe(
      '9 nodes this app did not write (labels Company, Port, Shipowner, Vessel)',
    );
    const big = classifyOwnership({
      ...shipping,
      nodes: 1_234_567,
      otherLabels: ['A', 'B', 'C', 'D', 'E'],
      otherLabelCount: 9,
    });
    expect(describeForeign(big)).toBe('1,234,567 nodes this app did not write (labels A, B, C, D, E…)');
  });

  it("names the app's labels that no ingest marked", () => {
    const o = classifyOwnership({
      ...ours,
      nodes: 7,
      entities: 0,
      appNodes: 6,
      marked: false,
      typeLabels: [],
      appLabels: ['Article'],
    });
    expect(describeForeign(o)).toBe(
      "1 node this app did not write and 6 nodes with this app's labels (Article) that no ingest of this app marked as its own",
    );
  });

  it('names a foreign label on nodes of ours', () => {
    const o = classifyOwnership({ ...ours, otherLabels: ['Vessel'], otherLabelCount: 1 });
    expect(describeForeign(o)).toBe('nodes with labels this app does not write (labels Vessel)');
  });
});
