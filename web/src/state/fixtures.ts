// Small story graph for unit tests (shapes match the API contract).
import type { Claim, ExpandResult, GNode } from '../api/types.ts';

export const ent = (id: string, type = 'Country', name = id): GNode => ({
  id,
  name,
  type,
  aliases: [],
  description: '',
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

export const expandResult = (center: string, nodes: GNode[], edges: Claim[], total: number): ExpandResult => ({
  center: ent(center),
  nodes,
  edges,
  total,
  returned: nodes.length,
});
