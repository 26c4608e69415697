// The fixed palettes a generated perspective draws from (lib/model/perspective.ts). The story's look lives here
// once: the web app's style registry (web/src/styles/registry.ts) reads the same table, so the story's generated
// perspective and the registry can never disagree. Plain data; no Cytoscape import (the server uses it too).

/** Node shapes a category may have: drawn by Cytoscape and by the figure export (web/src/export/shapes.ts), and
 *  clickable (diamond, star and vee let clicks fall through in Cytoscape 3.34's hit test, see UNCLICKABLE_SHAPES). */
export const CATEGORY_SHAPES = [
  'ellipse',
  'triangle',
  'round-triangle',
  'rectangle',
  'round-rectangle',
  'bottom-round-rectangle',
  'cut-rectangle',
  'barrel',
  'round-diamond',
  'pentagon',
  'round-pentagon',
  'hexagon',
  'round-hexagon',
  'concave-hexagon',
  'heptagon',
  'round-heptagon',
  'octagon',
  'round-octagon',
  'rhomboid',
  'tag',
  'round-tag',
] as const;
export type CategoryShape = (typeof CATEGORY_SHAPES)[number];

export const isCategoryShape = (s: string): s is CategoryShape => (CATEGORY_SHAPES as readonly string[]).includes(s);

export interface Look {
  colour: string;
  shape: CategoryShape;
}

/** The story's entity types as the explorer has always drawn them, and its articles in the neutral grey. */
export const STORY_LOOK: Readonly<Record<string, Look>> = {
  Person: { colour: '#4c6ef5', shape: 'ellipse' },
  Organization: { colour: '#7950f2', shape: 'round-rectangle' },
  Country: { colour: '#e8590c', shape: 'hexagon' },
  Place: { colour: '#2b8a3e', shape: 'round-diamond' },
  ArmedForce: { colour: '#c92a2a', shape: 'triangle' },
  Weapon: { colour: '#495057', shape: 'concave-hexagon' },
  Event: { colour: '#1098ad', shape: 'round-octagon' },
  Agreement: { colour: '#e6a700', shape: 'barrel' },
  Article: { colour: '#adb5bd', shape: 'rectangle' },
};

/** The look of a node no category claims (no labels, or only internal ones). */
export const NEUTRAL_LOOK: Look = { colour: '#adb5bd', shape: 'rectangle' };

/** Colours for every other label: distinct from the story's and from the selection/highlight colours. */
export const CATEGORY_COLOURS: readonly string[] = [
  '#1c7ed6',
  '#37b24d',
  '#ae3ec9',
  '#e03131',
  '#0ca678',
  '#f59f00',
  '#a61e4d',
  '#5c940d',
  '#3b5bdb',
  '#d9480f',
  '#15aabf',
  '#862e9c',
];

/** Shapes for every other label; 7 against 12 colours, so a (colour, shape) pair repeats only after 84 labels. */
export const GENERATED_SHAPES: readonly CategoryShape[] = [
  'ellipse',
  'round-rectangle',
  'hexagon',
  'round-triangle',
  'barrel',
  'round-pentagon',
  'cut-rectangle',
];
