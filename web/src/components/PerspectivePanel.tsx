// The perspective editor (opened from the toolbar): per category its caption, colour, shape, size and whether it
// is drawn; per relationship type its caption and whether it is drawn. Edits show on the canvas at once; Save
// stores them (PUT /api/perspective), Reset goes back to the generated one (DELETE). Data is rendered as text.
import { useMemo } from 'react';
import { CATEGORY_SHAPES, type CategoryShape } from '../../../lib/model/perspective-palette.ts';
import { combineFacts, factsFromEntities } from '../../../lib/model/perspective-facts.ts';
import type {
  Category,
  Perspective,
  PropertyFact,
  RelationshipStyle,
  SchemaFacts,
} from '../../../lib/model/perspective.ts';
import type { GraphState } from '../state/types.ts';
import type { PerspectiveState } from '../state/perspective.ts';
import { categoryTitle } from '../styles/perspective.ts';
import { styleById, styleColour } from '../styles/registry.ts';
import { CategoryIcon } from './CategoryIcon.tsx';
import { useEscape } from './useEscape.ts';
import './perspective.css';

export interface PerspectivePanelProps {
  /** What the canvas draws (the effective perspective). */
  perspective: Perspective;
  status: PerspectiveState;
  state: GraphState;
  onCategory(label: string, patch: Partial<Omit<Category, 'label'>>): void;
  onRelationship(type: string, patch: Partial<Omit<RelationshipStyle, 'type'>>): void;
  onSave(): void;
  onReset(): void;
  onClose(): void;
}

/** Captions may come from any value that reads as text; sizes only from numbers. */
const CAPTION_KINDS = new Set(['string', 'number', 'boolean', 'temporal']);
const SIZE_KINDS = new Set(['number']);

const keysOf = (props: PropertyFact[], kinds: Set<string>, current: string | null): string[] => {
  const keys = props.filter((p) => p.kinds.some((k) => kinds.has(k))).map((p) => p.key);
  return current && !keys.includes(current) ? [current, ...keys] : keys;
};

interface KeySelectProps {
  value: string | null;
  keys: string[];
  none: string;
  label: string;
  testid: string;
  onChange(key: string | null): void;
}

function KeySelect({ value, keys, none, label, testid, onChange }: KeySelectProps) {
  return (
    <select
      aria-label={label}
      data-testid={testid}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
    >
      <option value="">{none}</option>
      {keys.map((k) => (
        <option key={k} value={k}>
          {k}
        </option>
      ))}
    </select>
  );
}

interface CategoryRowProps {
  category: Category;
  props: PropertyFact[];
  styleId: string;
  onChange(patch: Partial<Omit<Category, 'label'>>): void;
}

function CategoryRow({ category: c, props, styleId, onChange }: CategoryRowProps) {
  const title = categoryTitle(c.label);
  return (
    <li className="perspective-row" data-testid="perspective-category" data-label={c.label}>
      <span className="perspective-name" title={c.label}>
        <CategoryIcon colour={styleColour(styleById(styleId), c.colour)} shape={c.shape} /> {title}
      </span>
      <KeySelect
        value={c.caption}
        keys={keysOf(props, CAPTION_KINDS, c.caption)}
        none="(name)"
        label={`Caption of ${title}`}
        testid="perspective-caption"
        onChange={(caption) => onChange({ caption })}
      />
      <input
        type="color"
        aria-label={`Colour of ${title}`}
        data-testid="perspective-colour"
        value={c.colour.toLowerCase()}
        onChange={(e) => onChange({ colour: e.target.value })}
      />
      <select
        aria-label={`Shape of ${title}`}
        data-testid="perspective-shape"
        value={c.shape}
        onChange={(e) => onChange({ shape: e.target.value as CategoryShape })}
      >
        {CATEGORY_SHAPES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <KeySelect
        value={c.sizeBy}
        keys={keysOf(props, SIZE_KINDS, c.sizeBy)}
        none="(same size)"
        label={`Size of ${title} by`}
        testid="perspective-size"
        onChange={(sizeBy) => onChange({ sizeBy })}
      />
      <HideBox hidden={c.hidden} onChange={(hidden) => onChange({ hidden })} />
    </li>
  );
}

/** "hide" for a category or a relationship type. */
function HideBox({ hidden, onChange }: { hidden: boolean; onChange(hidden: boolean): void }) {
  return (
    <label className="perspective-hide">
      <input
        type="checkbox"
        data-testid="perspective-hide"
        checked={hidden}
        onChange={(e) => onChange(e.target.checked)}
      />
      hide
    </label>
  );
}

interface RelationshipRowProps {
  style: RelationshipStyle;
  props: PropertyFact[];
  onChange(patch: Partial<Omit<RelationshipStyle, 'type'>>): void;
}

function RelationshipRow({ style: r, props, onChange }: RelationshipRowProps) {
  return (
    <li className="perspective-row" data-testid="perspective-relationship" data-type={r.type}>
      <span className="perspective-name" title={r.type}>
        {r.type}
      </span>
      <KeySelect
        value={r.caption}
        keys={keysOf(props, CAPTION_KINDS, r.caption)}
        none="(type name)"
        label={`Caption of ${r.type}`}
        testid="perspective-caption"
        onChange={(caption) => onChange({ caption })}
      />
      <HideBox hidden={r.hidden} onChange={(hidden) => onChange({ hidden })} />
    </li>
  );
}

/** Property keys per label and type: the server's sample plus what the canvas's own nodes carry. */
function useFacts(schema: SchemaFacts | null, state: GraphState) {
  return useMemo(() => {
    const canvas = factsFromEntities(
      Object.values(state.nodes).map((n) => n.entity),
      Object.values(state.bundles).map((b) => b.type),
    );
    const all = combineFacts(schema ?? { labels: [], relationshipTypes: [] }, canvas);
    return {
      label: new Map(all.labels.map((l) => [l.label, l.properties])),
      type: new Map(all.relationshipTypes.map((t) => [t.type, t.properties])),
    };
  }, [schema, state.nodes, state.bundles]);
}

function StatusLine({ status }: { status: PerspectiveState }) {
  const text =
    status.status === 'saving'
      ? 'Saving…'
      : status.status === 'failed'
        ? `No perspective from the server (${status.error ?? 'unavailable'}); generated from the canvas`
        : status.dirty
          ? 'Unsaved changes'
          : status.stored
            ? 'Stored perspective'
            : 'Generated from the schema';
  return (
    <p className="muted small" role="status" data-testid="perspective-status">
      {text}
    </p>
  );
}

export function PerspectivePanel(p: PerspectivePanelProps) {
  useEscape(p.onClose);
  const facts = useFacts(p.status.schema, p.state);
  const busy = p.status.status === 'saving' || p.status.status === 'loading';
  return (
    <section className="perspective-panel" role="dialog" aria-label="Perspective" data-testid="perspective-panel">
      <header className="panel-head">
        <h2>Perspective</h2>
        <button className="link" onClick={p.onClose} aria-label="Close perspective" data-testid="perspective-close">
          ×
        </button>
      </header>
      <StatusLine status={p.status} />
      <h3>Categories</h3>
      <ul className="perspective-list">
        {p.perspective.categories.map((c) => (
          <CategoryRow
            key={c.label}
            category={c}
            props={facts.label.get(c.label) ?? []}
            styleId={p.state.style}
            onChange={(patch) => p.onCategory(c.label, patch)}
          />
        ))}
      </ul>
      <h3>Relationships</h3>
      <ul className="perspective-list">
        {p.perspective.relationships.map((r) => (
          <RelationshipRow
            key={r.type}
            style={r}
            props={facts.type.get(r.type) ?? []}
            onChange={(patch) => p.onRelationship(r.type, patch)}
          />
        ))}
      </ul>
      <footer className="perspective-actions">
        <button onClick={p.onSave} disabled={busy} data-testid="perspective-save">
          Save
        </button>
        <button onClick={p.onReset} disabled={busy} data-testid="perspective-reset" title="Back to the generated one">
          Reset
        </button>
      </footer>
    </section>
  );
}
