// Generating a perspective from schema facts, and merging a stored one with a schema that gained labels.
// Deterministic: the same facts give the same perspective. A label's colour and shape start from a hash of its
// name and move on to the next unused one, so a label keeps its look when others come and go (mostly).
import { captionKey } from './caption.ts';
import {
  CATEGORY_COLOURS,
  GENERATED_SHAPES,
  STORY_LOOK,
  type CategoryShape,
  type Look,
} from './perspective-palette.ts';
import {
  isCategoryLabel,
  PERSPECTIVE_CAPS,
  PERSPECTIVE_VERSION,
  type Category,
  type LabelFact,
  type Perspective,
  type PropertyFact,
  type RelationshipStyle,
  type SchemaFacts,
  type TypeFact,
} from './perspective.ts';

/** FNV-1a: a stable small hash of a label name. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The first item from `start` on (wrapping) that is not in `used`; `start` itself when all are. */
function probe<T>(items: readonly T[], start: number, used: ReadonlySet<T>): T {
  for (let i = 0; i < items.length; i++) {
    const item = items[(start + i) % items.length]!;
    if (!used.has(item)) return item;
  }
  return items[start % items.length]!;
}

/** The largest `max` by count (then name), returned sorted by name. */
function capByCount<T extends { count: number }>(items: T[], name: (t: T) => string, max: number): T[] {
  const kept = [...items].sort((a, b) => b.count - a.count || name(a).localeCompare(name(b))).slice(0, max);
  return kept.sort((a, b) => name(a).localeCompare(name(b)));
}

const textKeys = (props: readonly PropertyFact[]): string[] =>
  props.filter((p) => p.kinds.includes('string')).map((p) => p.key);

export interface Taken {
  colours: Iterable<string>;
  shapes: Iterable<CategoryShape>;
}

/** Looks for `labels` (sorted by name): the story's own for its labels, else hashed into the free palette. */
function looks(labels: string[], taken: Taken): Map<string, Look> {
  const out = new Map<string, Look>();
  const colours = new Set([...taken.colours].map((c) => c.toLowerCase()));
  const shapes = new Set(taken.shapes);
  for (const l of labels) {
    const story = STORY_LOOK[l];
    if (story) colours.add(story.colour);
  }
  for (const l of labels) {
    const look = STORY_LOOK[l] ?? {
      colour: probe(CATEGORY_COLOURS, hash(l), colours),
      shape: probe(GENERATED_SHAPES, hash(l), shapes),
    };
    colours.add(look.colour);
    shapes.add(look.shape);
    out.set(l, look);
  }
  return out;
}

const category = (f: LabelFact, look: Look): Category => ({
  label: f.label,
  caption: captionKey(textKeys(f.properties), () => true),
  colour: look.colour,
  shape: look.shape,
  sizeBy: null,
  hidden: false,
});

const relationship = (f: TypeFact): RelationshipStyle => ({ type: f.type, caption: null, hidden: false });

/** A perspective for `facts`: every label a category (internal labels and `Entity` never), every type styled. */
export function generatePerspective(facts: SchemaFacts, taken: Taken = { colours: [], shapes: [] }): Perspective {
  const labels = capByCount(
    facts.labels.filter((f) => isCategoryLabel(f.label)),
    (f) => f.label,
    PERSPECTIVE_CAPS.categories,
  );
  const look = looks(
    labels.map((f) => f.label),
    taken,
  );
  const types = capByCount(facts.relationshipTypes, (f) => f.type, PERSPECTIVE_CAPS.relationships);
  return {
    version: PERSPECTIVE_VERSION,
    categories: labels.map((f) => category(f, look.get(f.label)!)),
    relationships: types.map(relationship),
  };
}

/** `stored` plus generated entries for the labels and types it lacks (stored entries are kept as they are). */
export function mergePerspective(
  stored: Perspective,
  facts: SchemaFacts,
): { perspective: Perspective; added: string[] } {
  const haveLabel = new Set(stored.categories.map((c) => c.label));
  const haveType = new Set(stored.relationships.map((r) => r.type));
  const room = (cap: number, n: number) => Math.max(0, cap - n);
  const fresh = generatePerspective(
    {
      labels: facts.labels.filter((f) => !haveLabel.has(f.label)),
      relationshipTypes: facts.relationshipTypes.filter((f) => !haveType.has(f.type)),
    },
    { colours: stored.categories.map((c) => c.colour), shapes: stored.categories.map((c) => c.shape) },
  );
  const categories = fresh.categories.slice(0, room(PERSPECTIVE_CAPS.categories, stored.categories.length));
  const relationships = fresh.relationships.slice(0, room(PERSPECTIVE_CAPS.relationships, stored.relationships.length));
  if (categories.length === 0 && relationships.length === 0) return { perspective: stored, added: [] };
  return {
    perspective: {
      ...stored,
      categories: [...stored.categories, ...categories],
      relationships: [...stored.relationships, ...relationships],
    },
    added: [...categories.map((c) => c.label), ...relationships.map((r) => r.type)],
  };
}
