// Unit-test wire data for the inspector: a few nodes and relationships of the foreign fixture graph
// (lib/testing/foreign-graph.ts, same values) as a Cypher result gives them (toPlain's tagged values),
// decoded by the one decoder (lib/neo4j/result-graph.ts), so the tests see what the app sees.
import { resultGraph, type ResultGraph } from '../../../lib/neo4j/result-graph.ts';
import { bundleId } from '../../../lib/model/wire.ts';
import { emptyFilters } from '../state/graph.ts';
import type { GraphState } from '../state/types.ts';
import { plainNode as node, plainRel as rel } from '../../../lib/testing/plain-graph.ts';

export const EVER_GIVEN = node('4:f:1', ['Vessel'], {
  id: 1,
  imo: 9811000,
  vesselName: 'Ever Given',
  built: { $type: 'date', value: '2018-09-25' },
  tonnage: 220940,
  flags: ['PA', 'NL'],
});
export const ROTTERDAM = node('4:f:20', ['Port'], {
  id: 20,
  portCode: 'NLRTM',
  portName: 'Rotterdam',
  location: { $type: 'point', srid: 4326, x: 4.14, y: 51.95 },
});
export const SUEZ = node('4:f:21', ['Port'], { id: 21, portCode: 'EGSUZ', portName: 'Suez Canal' });
export const SHOEI = node('4:f:10', ['Company', 'Shipowner'], { id: 10, legalName: 'Shoei Kisen Kaisha' });

/** The Ever Given's two calls at Rotterdam: parallel relationships, one bundle, no evidence. */
export const CALLED_AT = [
  rel('5:f:100', 'CALLED_AT', '4:f:1', '4:f:20', {
    arrived: { $type: 'datetime', value: '2021-07-29T06:00:00Z' },
    berths: [3, 4],
  }),
  rel('5:f:101', 'CALLED_AT', '4:f:1', '4:f:20', {
    arrived: { $type: 'datetime', value: '2019-02-11T14:30:00Z' },
    berths: [7],
  }),
];

/** The one relationship of the fixture that carries evidence, and one more property (`days`). */
export const BLOCKED = rel('5:f:110', 'BLOCKED', '4:f:1', '4:f:21', {
  status: 'confirmed',
  quote: 'The Ever Given ran aground and blocked the canal for six days.',
  date: { $type: 'date', value: '2021-03-23' },
  days: 6,
});

export const OWNED_BY = rel('5:f:120', 'OWNED_BY', '4:f:1', '4:f:10', {
  since: { $type: 'date', value: '2018-09-25' },
  share: 1.0,
});

/** One Cypher result row holding all of it, decoded. */
export const foreignResult = (): ResultGraph =>
  resultGraph([[EVER_GIVEN, ROTTERDAM, SUEZ, SHOEI, ...CALLED_AT, BLOCKED, OWNED_BY]]);

/** The foreign fixture on the canvas, as the store holds it. */
export function foreignState(): GraphState {
  const g = foreignResult();
  return {
    nodes: Object.fromEntries(g.nodes.map((n) => [n.id, { entity: n, pinned: false, hidden: false }])),
    bundles: Object.fromEntries(g.bundles.map((b) => [bundleId(b), b])),
    expansions: {},
    filters: emptyFilters(),
    layout: 'fcose',
    style: 'default',
    seed: 1,
  };
}
