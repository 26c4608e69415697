// Visual styles as data: entity type → colour/shape, edge rules, and the stylesheet built from them. A node's
// colour, shape and size come from the perspective (web/src/styles/perspective.ts) through its element data;
// the per-type rules remain for elements built without one. The story's colours live in lib/model/perspective-palette.ts.
import type cytoscape from 'cytoscape';
import { CLAIM_STATUSES, ENTITY_TYPES } from '../../../lib/model/domain.ts';
import { NEUTRAL_LOOK, STORY_LOOK } from '../../../lib/model/perspective-palette.ts';

export type NodeShape = cytoscape.Css.NodeShape;

export interface TypeStyle {
  colour: string;
  shape: NodeShape;
}

export interface StyleDef {
  id: string;
  label: string;
  background: string;
  text: string;
  textOutline: string;
  edge: string;
  edgeLabel: string;
  selected: string;
  highlight: string;
  /** Nodes whose type is not an entity type (Article, …) and edges that are not claims. */
  neutral: TypeStyle;
  types: Record<string, TypeStyle>;
  /** Perspective colours this style draws differently (lower-case #rrggbb → colour): print's for the story's. */
  recolour: Record<string, string>;
  fontFamily: string;
}

/** Shapes whose clicks fall through to the canvas in Cytoscape 3.34's hit test (measured in Chromium). */
export const UNCLICKABLE_SHAPES: readonly string[] = ['diamond', 'star', 'vee'];

const palette = (colours: Record<string, string>): Record<string, TypeStyle> =>
  Object.fromEntries(
    ENTITY_TYPES.map((t) => [t.id, { colour: colours[t.id] ?? '#888', shape: STORY_LOOK[t.id]!.shape }]),
  );

const storyColours = Object.fromEntries(ENTITY_TYPES.map((t) => [t.id, STORY_LOOK[t.id]!.colour]));

/** Maps the story's default colours to this style's, so a perspective that kept them gets them in this style. */
const recolourStory = (colours: Record<string, string>): Record<string, string> =>
  Object.fromEntries(ENTITY_TYPES.map((t) => [STORY_LOOK[t.id]!.colour.toLowerCase(), colours[t.id]!]));

const PRINT_COLOURS: Record<string, string> = {
  Person: '#0072B2',
  Organization: '#CC79A7',
  Country: '#D55E00',
  Place: '#009E73',
  ArmedForce: '#000000',
  Weapon: '#999999',
  Event: '#56B4E9',
  Agreement: '#E69F00',
};

export const STYLES: StyleDef[] = [
  {
    id: 'default',
    label: 'Default',
    background: '#f7f8fa',
    text: '#1d2433',
    textOutline: '#f7f8fa',
    edge: '#9aa3b2',
    edgeLabel: '#5b6475',
    selected: '#ff7a00',
    highlight: '#d6336c',
    neutral: { ...NEUTRAL_LOOK },
    fontFamily: 'Inter, system-ui, sans-serif',
    types: palette(storyColours),
    recolour: {},
  },
  {
    id: 'print',
    label: 'Print',
    background: '#ffffff',
    text: '#000000',
    textOutline: '#ffffff',
    edge: '#333333',
    edgeLabel: '#000000',
    selected: '#000000',
    highlight: '#b00020',
    neutral: { colour: '#bbbbbb', shape: 'rectangle' },
    fontFamily: 'Arial, Helvetica, sans-serif',
    // Okabe-Ito: distinguishable in greyscale and for colour-blind readers.
    types: palette(PRINT_COLOURS),
    recolour: recolourStory(PRINT_COLOURS),
  },
];

export const styleById = (id: string): StyleDef => STYLES.find((s) => s.id === id) ?? STYLES[0]!;

export const typeStyle = (style: StyleDef, type: string): TypeStyle => style.types[type] ?? style.neutral;

/** A perspective colour as this style draws it. */
export const styleColour = (style: StyleDef, colour: string): string => style.recolour[colour.toLowerCase()] ?? colour;

export const DASHED_STATUSES: readonly string[] = CLAIM_STATUSES.filter((s) => s.dashed).map((s) => s.id);

/** Edge width from its claim count (Cytoscape mapData): the stylesheet and the figure legend's width scale. */
export const EDGE_WIDTH = { data: 'claimCount', from: 1, to: 8, min: 1.5, max: 7 } as const;

/** The drawn width of a line carrying `claims` claims (mapData clamps outside the domain). */
export const edgeWidthFor = (claims: number): number => {
  const { from, to, min, max } = EDGE_WIDTH;
  const t = Math.min(1, Math.max(0, (claims - from) / (to - from)));
  return min + t * (max - min);
};

export interface StyleRule {
  selector: string;
  style: Record<string, unknown>;
}

/** Edge rules: width ∝ claims, dashed for contested claims, bezier bundles for parallel types. */
export const edgeRules = (st: StyleDef): StyleRule[] => [
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'control-point-step-size': 28,
      width: `mapData(${EDGE_WIDTH.data}, ${EDGE_WIDTH.from}, ${EDGE_WIDTH.to}, ${EDGE_WIDTH.min}, ${EDGE_WIDTH.max})`,
      'line-color': st.edge,
      'target-arrow-color': st.edge,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      label: 'data(label)',
      'font-size': 7,
      color: st.edgeLabel,
      'text-rotation': 'autorotate',
      'text-background-color': st.background,
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
      'font-family': st.fontFamily,
    },
  },
  { selector: 'edge[?dashed]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  {
    selector: 'edge[?neutral]',
    style: { 'line-color': st.neutral.colour, 'target-arrow-color': st.neutral.colour, width: 1 },
  },
  { selector: 'edge[status = "denied"]', style: { 'target-arrow-shape': 'tee' } },
  { selector: 'edge:selected', style: { 'line-color': st.selected, 'target-arrow-color': st.selected, 'z-index': 10 } },
];

export const nodeRules = (st: StyleDef): StyleRule[] => [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': st.neutral.colour,
      shape: st.neutral.shape,
      width: 28,
      height: 28,
      'font-size': 10,
      'font-family': st.fontFamily,
      color: st.text,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-outline-color': st.textOutline,
      'text-outline-width': 2,
      'min-zoomed-font-size': 6,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...Object.entries(st.types).map(([type, t]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': t.colour, shape: t.shape },
  })),
  // The perspective's look, carried by the element (web/src/graph/elements-perspective.ts): data, not selectors,
  // so a label of any spelling needs no escaping and an edit restyles without a new stylesheet.
  { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
  { selector: 'node[shape]', style: { shape: 'data(shape)' } },
  { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
  { selector: 'node[?partial]', style: { 'border-width': 3, 'border-style': 'double', 'border-color': st.text } },
  { selector: 'node[?pinned]', style: { 'border-width': 3, 'border-color': st.text, 'border-style': 'solid' } },
  {
    selector: 'node:selected',
    style: {
      'border-width': 4,
      'border-color': st.selected,
      'underlay-color': st.selected,
      'underlay-opacity': 0.2,
      'underlay-padding': 6,
    },
  },
];

const stateRules = (st: StyleDef): StyleRule[] => [
  { selector: '.faded', style: { opacity: 0.18 } },
  {
    selector: 'node.highlighted',
    style: { 'underlay-color': st.highlight, 'underlay-opacity': 0.35, 'underlay-padding': 7 },
  },
  {
    selector: 'edge.highlighted',
    style: { 'line-color': st.highlight, 'target-arrow-color': st.highlight, width: 5, 'z-index': 20 },
  },
];

/** The full Cytoscape stylesheet for a style id (also used by the figure export). */
export const buildStylesheet = (styleId: string): StyleRule[] => {
  const st = styleById(styleId);
  return [...nodeRules(st), ...edgeRules(st), ...stateRules(st)];
};
