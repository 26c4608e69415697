// A small SVG of a category's node shape and colour (legend, perspective panel): the export's shape geometry
// (web/src/export/shapes.ts), so every Cytoscape shape a perspective may pick is drawn as the canvas draws it.
import { shapePath } from '../export/shapes.ts';

export function CategoryIcon({ colour, shape, size = 12 }: { colour: string; shape: string; size?: number }) {
  return (
    <svg className="type-icon" width={size} height={size} viewBox="0 0 100 100" aria-hidden="true">
      <path d={shapePath(shape, 50, 50, 92, 92)} fill={colour} stroke="rgba(0,0,0,.35)" strokeWidth={4} />
    </svg>
  );
}
