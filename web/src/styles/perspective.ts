// The perspective as the canvas draws it: the effective perspective (the fetched one plus categories for labels
// only the canvas has), resolved for a style (print redraws the story's colours). Pure and memoised, so the
// element builder, the legend and the export all read the same object for the same inputs.
import { ENTITY_TYPES } from '../../../lib/model/domain.ts';
import { factsFromEntities } from '../../../lib/model/perspective-facts.ts';
import { mergePerspective } from '../../../lib/model/perspective-generate.ts';
import type { CategoryShape } from '../../../lib/model/perspective-palette.ts';
import {
  candidateLabels,
  emptyPerspective,
  type Perspective,
  type RelationshipStyle,
} from '../../../lib/model/perspective.ts';
import type { GraphState } from '../state/types.ts';
import { styleById, styleColour } from './registry.ts';

export interface CategoryLook {
  label: string;
  /** How people read it: the story's own names for its types ("Region or city"), else the label. */
  title: string;
  colour: string;
  shape: CategoryShape;
  caption: string | null;
  sizeBy: string | null;
  hidden: boolean;
}

export interface ResolvedPerspective {
  perspective: Perspective;
  styleId: string;
  categories: ReadonlyMap<string, CategoryLook>;
  relationships: ReadonlyMap<string, RelationshipStyle>;
}

export const categoryTitle = (label: string): string => ENTITY_TYPES.find((t) => t.id === label)?.label ?? label;

const NONE = emptyPerspective();
const effective = new WeakMap<Perspective, { key: string; value: Perspective }>();

/** `base` (null: none fetched) plus generated categories for the labels and types on the canvas it lacks. */
export function effectivePerspective(
  base: Perspective | null,
  state: Pick<GraphState, 'nodes' | 'bundles'>,
): Perspective {
  const p = base ?? NONE;
  const have = new Set(p.categories.map((c) => c.label));
  const haveType = new Set(p.relationships.map((r) => r.type));
  const entities = Object.values(state.nodes).map((n) => n.entity);
  const missing = new Set(entities.flatMap(candidateLabels).filter((l) => !have.has(l)));
  const types = Object.values(state.bundles)
    .map((b) => b.type)
    .filter((t) => !haveType.has(t));
  if (missing.size === 0 && types.length === 0) return p;
  const key = `${[...missing].sort().join('\u0000')}|${[...new Set(types)].sort().join('\u0000')}`;
  const hit = effective.get(p);
  if (hit?.key === key) return hit.value;
  const facts = factsFromEntities(
    entities.filter((e) => candidateLabels(e).some((l) => missing.has(l))),
    types,
  );
  const value = mergePerspective(p, facts).perspective;
  effective.set(p, { key, value });
  return value;
}

const resolved = new WeakMap<Perspective, Map<string, ResolvedPerspective>>();

export function resolvePerspective(p: Perspective, styleId: string): ResolvedPerspective {
  const byStyle = resolved.get(p) ?? new Map<string, ResolvedPerspective>();
  resolved.set(p, byStyle);
  const hit = byStyle.get(styleId);
  if (hit) return hit;
  const st = styleById(styleId);
  const categories = new Map(
    p.categories.map((c) => [
      c.label,
      { ...c, title: categoryTitle(c.label), colour: styleColour(st, c.colour) } satisfies CategoryLook,
    ]),
  );
  const value = {
    perspective: p,
    styleId,
    categories,
    relationships: new Map(p.relationships.map((r) => [r.type, r])),
  };
  byStyle.set(styleId, value);
  return value;
}

/** What the canvas draws `state` with, given the fetched (or edited) perspective. */
export const perspectiveFor = (base: Perspective | null, state: GraphState): ResolvedPerspective =>
  resolvePerspective(effectivePerspective(base, state), state.style);
