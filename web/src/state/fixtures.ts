// Small story graph for unit tests (shapes are the wire types of lib/model/wire.ts).
import { bundlesFromClaims } from '../../../lib/model/bundle.ts';
import type { Claim, Entity, ExpandResult } from '../../../lib/model/wire.ts';

export const ent = (id: string, type = 'Country', name = id): Entity => ({
  id,
  name,
  type,
  aliases: [],
  description: null,
});

export const claim = (id: string, source: string, type: string, target: string, extra: Partial<Claim> = {}): Claim => ({
  id,
  type,
  source,
  target,
  status: 'reported',
  date: '2024-10-28',
  dateText: '2024-10-28',
  claimant: null,
  article: { id: 'a1', title: 'A1', outlet: 'NOS Nieuws', published: '2024-10-28' },
  quote: 'q',
  figures: {},
  ...extra,
});

/** A relationship without evidence (MENTIONS, a foreign schema's edge), as a Cypher result gives it. */
export const structural = (id: string, source: string, type: string, target: string): Claim => ({
  ...claim(id, source, type, target),
  status: null,
  date: null,
  dateText: null,
  article: null,
  quote: null,
});

export const expandResult = (center: string, nodes: Entity[], edges: Claim[], total: number): ExpandResult => ({
  center: ent(center),
  nodes,
  bundles: bundlesFromClaims(edges),
  total,
  returned: nodes.length,
  skip: 0,
  limit: 25,
});
