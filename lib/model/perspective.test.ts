import { describe, expect, it } from 'vitest';
import { generatePerspective, mergePerspective } from './perspective-generate.ts';
import { combineFacts, factsFromEntities, kindOfPlain, kindOfValueType, numericValue } from './perspective-facts.ts';
import { categoryOf, INTERNAL_LABELS, PERSPECTIVE_CAPS, type LabelFact, type SchemaFacts } from './perspective.ts';
import { CATEGORY_SHAPES, STORY_LOOK } from './perspective-palette.ts';
import { ENTITY_TYPES } from './domain.ts';

const label = (name: string, count: number, keys: Record<string, string[]> = {}): LabelFact => ({
  label: name,
  count,
  properties: Object.entries(keys).map(([key, kinds]) => ({ key, kinds: kinds as never })),
  sampled: true,
});

const shipping: SchemaFacts = {
  labels: [
    label('Vessel', 3, { id: ['number'], imo: ['number'], vesselName: ['string'], tonnage: ['number'] }),
    label('Company', 3, { id: ['number'], legalName: ['string'], founded: ['number'] }),
    label('Port', 3, { portCode: ['string'], portName: ['string'], location: ['point'] }),
    label('Shipowner', 1, { legalName: ['string'] }),
    label('ExplorerMeta', 1, { key: ['string'] }),
    label('ExplorerHubBundle', 5, { key: ['string'] }),
  ],
  relationshipTypes: [
    { type: 'OWNED_BY', count: 1, properties: [], sampled: true },
    { type: 'CALLED_AT', count: 5, properties: [], sampled: true },
  ],
};

describe('generatePerspective', () => {
  it('makes every label a category with its caption key, internal labels never', () => {
    const p = generatePerspective(shipping);
    expect(p.version).toBe(1);
    expect(p.categories.map((c) => [c.label, c.caption])).toEqual([
      ['Company', 'legalName'],
      ['Port', 'portName'],
      ['Shipowner', 'legalName'],
      ['Vessel', 'vesselName'],
    ]);
    for (const c of p.categories) {
      expect(c).toMatchObject({ sizeBy: null, hidden: false });
      expect(CATEGORY_SHAPES).toContain(c.shape);
      expect(c.colour).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(p.relationships).toEqual([
      { type: 'CALLED_AT', caption: null, hidden: false },
      { type: 'OWNED_BY', caption: null, hidden: false },
    ]);
  });

  it('is deterministic and gives distinct colours and shapes to a few labels', () => {
    const a = generatePerspective(shipping);
    const b = generatePerspective({ ...shipping, labels: [...shipping.labels].reverse() });
    expect(b).toEqual(a);
    expect(new Set(a.categories.map((c) => c.colour)).size).toBe(4);
    expect(new Set(a.categories.map((c) => c.shape)).size).toBe(4);
  });

  it('gives the story its entity types with the colours and shapes of today, Entity not a category', () => {
    const story: SchemaFacts = {
      labels: [
        label('Entity', 50, { name: ['string'], id: ['string'] }),
        ...ENTITY_TYPES.map((t) => label(t.id, 5, { name: ['string'], aliasesText: ['string'] })),
        label('Article', 5, { title: ['string'], outlet: ['string'] }),
        ...INTERNAL_LABELS.map((l) => label(l, 1)),
      ],
      relationshipTypes: [],
    };
    const p = generatePerspective(story);
    expect(p.categories.map((c) => c.label).sort()).toEqual([...ENTITY_TYPES.map((t) => t.id), 'Article'].sort());
    for (const c of p.categories) {
      expect({ colour: c.colour, shape: c.shape }).toEqual(STORY_LOOK[c.label]);
      expect(c.caption).toBe(c.label === 'Article' ? 'title' : 'name');
    }
  });

  it('caps the categories at the largest labels', () => {
    const many = Array.from({ length: PERSPECTIVE_CAPS.categories + 20 }, (_, i) => label(`L${i}`, i));
    const p = generatePerspective({ labels: many, relationshipTypes: [] });
    expect(p.categories).toHaveLength(PERSPECTIVE_CAPS.categories);
    expect(p.categories.map((c) => c.label)).not.toContain('L0');
    expect(p.categories.map((c) => c.label)).toContain(`L${PERSPECTIVE_CAPS.categories + 19}`);
  });
});

describe('mergePerspective', () => {
  it('keeps stored entries as they are and generates the labels and types the schema gained', () => {
    const old: SchemaFacts = { labels: shipping.labels.slice(0, 2), relationshipTypes: shipping.relationshipTypes };
    const stored = generatePerspective(old);
    stored.categories[0] = { ...stored.categories[0]!, colour: '#123456', caption: 'imo', hidden: true };
    const { perspective, added } = mergePerspective(stored, shipping);
    expect(perspective.categories.slice(0, 2)).toEqual(stored.categories);
    expect(added).toEqual(['Port', 'Shipowner']);
    const fresh = perspective.categories.slice(2);
    expect(fresh.map((c) => c.label)).toEqual(['Port', 'Shipowner']);
    const used = new Set(stored.categories.map((c) => c.colour));
    for (const c of fresh) expect(used.has(c.colour)).toBe(false);
    expect(mergePerspective(perspective, shipping)).toEqual({ perspective, added: [] });
  });
});

describe('categoryOf', () => {
  const has = (l: string) => ['Company', 'Shipowner', 'Person'].includes(l);
  it('is the type of a curated entity and the first category label of any other node', () => {
    expect(categoryOf({ id: 'kim-jong-un', type: 'Person' }, has)).toBe('Person');
    expect(categoryOf({ id: 'neo4j:4:x:1', type: 'Company', labels: ['Company', 'Shipowner'] }, has)).toBe('Company');
    expect(categoryOf({ id: 'neo4j:4:x:2', type: 'Entity', labels: ['Entity', 'Shipowner'] }, has)).toBe('Shipowner');
    expect(categoryOf({ id: 'neo4j:4:x:3', type: 'Other', labels: ['Other'] }, has)).toBeNull();
  });
});

describe('facts', () => {
  it('maps valueType() names and tagged values to kinds', () => {
    expect(kindOfValueType('STRING NOT NULL')).toBe('string');
    expect(kindOfValueType('LIST<STRING NOT NULL> NOT NULL')).toBe('list');
    expect(kindOfValueType('INTEGER NOT NULL')).toBe('number');
    expect(kindOfValueType('ZONED DATETIME NOT NULL')).toBe('temporal');
    expect(kindOfValueType('POINT NOT NULL')).toBe('point');
    expect(kindOfValueType('NOTHING')).toBe('other');
    expect(kindOfPlain({ $type: 'date', value: '2020-01-01' })).toBe('temporal');
    expect(kindOfPlain({ $type: 'int', value: '9007199254740993' })).toBe('number');
    expect(kindOfPlain({ a: 1 })).toBe('map');
    expect(numericValue({ $type: 'int', value: '12' })).toBe(12);
    expect(numericValue('12')).toBeNull();
  });

  it('gathers labels and keys from canvas nodes, and combines them with the server facts', () => {
    const canvas = factsFromEntities(
      [
        { id: 'neo4j:1', type: 'Vessel', labels: ['Vessel'], properties: { vesselName: 'A', tonnage: 5 } },
        { id: 'neo4j:2', type: 'Tug', labels: ['Tug', 'ExplorerMeta'], properties: { callSign: 'X' } },
        { id: 'kursk', type: 'Place' },
      ],
      ['TOWS', 'TOWS'],
    );
    expect(canvas.labels.map((l) => [l.label, l.count])).toEqual([
      ['Vessel', 1],
      ['Tug', 1],
      ['Place', 1],
    ]);
    expect(canvas.relationshipTypes).toEqual([{ type: 'TOWS', count: 2, properties: [], sampled: false }]);
    const both = combineFacts(shipping, canvas);
    expect(both.labels.find((l) => l.label === 'Vessel')!.count).toBe(3);
    expect(both.labels.map((l) => l.label)).toContain('Tug');
    expect(generatePerspective(both).categories.find((c) => c.label === 'Tug')!.caption).toBe('callSign');
  });
});
