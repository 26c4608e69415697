// A small SVG of an entity type's node shape and colour (legend, lists), from the style registry.
import { styleById, typeStyle } from '../styles/registry.ts';

const POLY: Record<string, string> = {
  hexagon: '25,3 75,3 98,50 75,97 25,97 2,50',
  'round-diamond': '50,2 98,50 50,98 2,50',
  'concave-hexagon': '2,8 98,8 82,50 98,92 2,92 18,50',
  triangle: '50,4 97,94 3,94',
  'round-octagon': '30,2 70,2 98,30 98,70 70,98 30,98 2,70 2,30',
};

export function TypeIcon({ styleId, type, size = 12 }: { styleId: string; type: string; size?: number }) {
  const t = typeStyle(styleById(styleId), type);
  const common = { fill: t.colour, stroke: 'rgba(0,0,0,.35)', strokeWidth: 4 };
  const poly = POLY[t.shape];
  return (
    <svg className="type-icon" width={size} height={size} viewBox="0 0 100 100" aria-hidden="true">
      {poly ? (
        <polygon points={poly} {...common} />
      ) : t.shape === 'ellipse' ? (
        <circle cx="50" cy="50" r="46" {...common} />
      ) : (
        <rect x="4" y="14" width="92" height="72" rx={t.shape === 'rectangle' ? 0 : 18} {...common} />
      )}
    </svg>
  );
}
