// Draws the furniture layout items on a 2D canvas: the PNG twin of furnitureSvg().
import type { LayoutItem } from './layout.ts';
import { arrowPath, shapePath } from './shapes.ts';
import type { FontSpec } from './types.ts';

export const cssFont = (f: FontSpec): string =>
  `${f.style !== 'normal' ? f.style + ' ' : ''}${f.weight !== 'normal' ? f.weight + ' ' : ''}${f.size}px ${f.family}`;

export function drawFurniture(ctx: CanvasRenderingContext2D, items: LayoutItem[]): void {
  for (const it of items) {
    ctx.save();
    switch (it.kind) {
      case 'text':
        ctx.font = cssFont(it.font);
        ctx.fillStyle = it.color;
        ctx.textBaseline = 'alphabetic';
        ctx.textAlign = 'left';
        ctx.fillText(it.text, it.x, it.y);
        break;
      case 'node-swatch': {
        const p = new Path2D(shapePath(it.shape, it.x, it.y, it.w, it.h));
        ctx.fillStyle = it.fill;
        ctx.fill(p);
        if (it.strokeWidth > 0) {
          ctx.strokeStyle = it.stroke;
          ctx.lineWidth = it.strokeWidth;
          ctx.stroke(p);
        }
        break;
      }
      case 'edge-swatch':
      case 'rule':
        ctx.strokeStyle = it.color;
        ctx.lineWidth = it.width;
        ctx.setLineDash(it.kind === 'edge-swatch' ? it.dash : []);
        ctx.beginPath();
        ctx.moveTo(it.x1, it.y1);
        ctx.lineTo(it.x2, it.y2);
        ctx.stroke();
        if (it.kind === 'edge-swatch' && it.arrow) {
          ctx.fillStyle = it.color;
          ctx.fill(new Path2D(arrowPath(it.arrow.shape, { x: it.x2, y: it.y2 }, { x: 1, y: 0 }, it.arrow.size * 3)));
        }
        break;
    }
    ctx.restore();
  }
}

/** Text measurement with the same canvas font engine that draws the PNG. */
export function canvasMeasure(): (text: string, f: FontSpec) => number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, f) => {
    ctx.font = cssFont(f);
    return ctx.measureText(text).width;
  };
}
