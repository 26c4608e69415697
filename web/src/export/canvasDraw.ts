// Text measurement for figure layout and the overlap check, with the browser's canvas font engine: the same
// engine that rasterises the SVG into the PNG (document.ts documentPng), so boxes match what is drawn.
import type { FontSpec } from './types.ts';

export const cssFont = (f: FontSpec): string =>
  `${f.style !== 'normal' ? f.style + ' ' : ''}${f.weight !== 'normal' ? f.weight + ' ' : ''}${f.size}px ${f.family}`;

export function canvasMeasure(): (text: string, f: FontSpec) => number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, f) => {
    ctx.font = cssFont(f);
    return ctx.measureText(text).width;
  };
}
