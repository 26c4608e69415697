// Legend generated from the style registry, so it can never disagree with the canvas.
import { ENTITY_TYPES } from '../../../lib/model/domain.ts';
import { styleById } from '../styles/registry.ts';
import { TypeIcon } from './TypeIcon.tsx';

export function Legend({ styleId }: { styleId: string }) {
  const st = styleById(styleId);
  return (
    <section className="legend" aria-label="Legend">
      <h3>Legend</h3>
      <ul>
        {ENTITY_TYPES.map((t) => (
          <li key={t.id}>
            <TypeIcon styleId={styleId} type={t.id} /> {t.label}
          </li>
        ))}
        <li>
          <TypeIcon styleId={styleId} type="__other" /> Other node (Article…)
        </li>
      </ul>
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
