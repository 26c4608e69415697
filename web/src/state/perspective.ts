// The perspective in the app store: the server's answer, and the perspective the canvas draws (edits apply at
// once and stay unsaved until Save). Not part of the undo history: it is a preference, not a step of the analysis.
// Pure updates, each (args) => (state) => state.
import type {
  Category,
  Perspective,
  PerspectiveAnswer,
  RelationshipStyle,
  SchemaFacts,
} from '../../../lib/model/perspective.ts';

export interface PerspectiveState {
  /** 'loading' until the first answer; 'failed' when there is none (the canvas then generates its own). */
  status: 'loading' | 'ready' | 'failed' | 'saving';
  /** What the canvas draws; null until an answer arrived (or none can). */
  perspective: Perspective | null;
  /** The stored file is what the canvas draws (no unsaved edits). */
  stored: boolean;
  dirty: boolean;
  /** The server's schema facts (property keys per label) for the editor. */
  schema: SchemaFacts | null;
  error: string | null;
}

export type PerspectiveUpdate = (s: PerspectiveState) => PerspectiveState;

export const initialPerspectiveState = (): PerspectiveState => ({
  status: 'loading',
  perspective: null,
  stored: false,
  dirty: false,
  schema: null,
  error: null,
});

export const perspectiveLoaded =
  (a: PerspectiveAnswer): PerspectiveUpdate =>
  () => ({
    status: 'ready',
    perspective: a.perspective,
    stored: a.stored,
    dirty: false,
    schema: a.schema,
    error: null,
  });

export const perspectiveFailed =
  (error: string): PerspectiveUpdate =>
  (s) => ({ ...s, status: s.perspective ? 'ready' : 'failed', error });

export const perspectiveSaving = (): PerspectiveUpdate => (s) => ({ ...s, status: 'saving', error: null });

/** Replaces one category of `base` (the effective perspective the panel shows) and makes it what is drawn. */
export const editCategory =
  (base: Perspective, label: string, patch: Partial<Omit<Category, 'label'>>): PerspectiveUpdate =>
  (s) => ({
    ...s,
    dirty: true,
    perspective: { ...base, categories: base.categories.map((c) => (c.label === label ? { ...c, ...patch } : c)) },
  });

/** Replaces (or adds) the style of one relationship type. */
export const editRelationship =
  (base: Perspective, type: string, patch: Partial<Omit<RelationshipStyle, 'type'>>): PerspectiveUpdate =>
  (s) => {
    const has = base.relationships.some((r) => r.type === type);
    const relationships = has
      ? base.relationships.map((r) => (r.type === type ? { ...r, ...patch } : r))
      : [...base.relationships, { type, caption: null, hidden: false, ...patch }];
    return { ...s, dirty: true, perspective: { ...base, relationships } };
  };
