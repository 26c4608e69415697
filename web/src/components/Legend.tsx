// Legend generated from the perspective and the drawn elements, so it can never disagree with the canvas: only
// the categories on the canvas, and what the perspective hides.
import type { ElementDefinition } from 'cytoscape';
import type { GraphState } from '../state/types.ts';
import { styleById, type StyleDef } from '../styles/registry.ts';
import type { ResolvedPerspective } from '../styles/perspective.ts';
import { drawnCategories, hiddenByPerspective } from '../graph/elements-summary.ts';
import { CategoryIcon } from './CategoryIcon.tsx';

interface Props {
  styleId: string;
  elements: ElementDefinition[];
  state: GraphState;
  perspective: ResolvedPerspective;
}

function Categories({ elements, perspective, st }: Omit<Props, 'styleId' | 'state'> & { st: StyleDef }) {
  const drawn = drawnCategories(elements, perspective);
  return (
    <ul data-testid="legend-categories">
      {drawn.map(({ look, count }) => (
        <li key={look?.label ?? ''} data-testid="legend-category" data-label={look?.label ?? ''}>
          <CategoryIcon colour={look?.colour ?? st.neutral.colour} shape={look?.shape ?? st.neutral.shape} />
          <span className="legend-title">{look?.title ?? 'Other node'}</span>
          <span className="count">{count.toLocaleString('en-GB')}</span>
        </li>
      ))}
      {drawn.length === 0 && <li className="muted">Nothing drawn yet</li>}
    </ul>
  );
}

function Hidden({ state, perspective }: Pick<Props, 'state' | 'perspective'>) {
  const h = hiddenByPerspective(state, perspective);
  if (h.nodes === 0 && h.types.length === 0) return null;
  const parts = [
    ...h.categories.map((c) => `${c.look.title} (${c.count.toLocaleString('en-GB')})`),
    ...h.types.map((t) => t.type),
  ];
  return (
    <p className="muted small" data-testid="legend-hidden">
      Hidden by the perspective: {parts.join(', ')}
    </p>
  );
}

export function Legend({ styleId, elements, state, perspective }: Props) {
  const st = styleById(styleId);
  return (
    <section className="legend" aria-label="Legend" data-testid="legend">
      <h3>Legend</h3>
      <Categories elements={elements} perspective={perspective} st={st} />
      <Hidden state={state} perspective={perspective} />
      <ul className="edge-legend">
        <li>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="28" y2="4" stroke={st.edge} strokeWidth="2" />
          </svg>
          reported / confirmed
        </li>
        <li>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="28" y2="4" stroke={st.edge} strokeWidth="2" strokeDasharray="6 4" />
          </svg>
          alleged / unconfirmed / denied
        </li>
        <li>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="28" y2="4" stroke={st.edge} strokeWidth="6" />
          </svg>
          width = number of claims
        </li>
      </ul>
    </section>
  );
}
