// A node type's icon in lists (search results, filters, inspector): the colour and shape the canvas draws that
// category with, from the perspective the app provides (PerspectiveContext), else the style registry.
import { createContext, useContext } from 'react';
import { styleById, typeStyle } from '../styles/registry.ts';
import type { ResolvedPerspective } from '../styles/perspective.ts';
import { CategoryIcon } from './CategoryIcon.tsx';

/** The perspective the canvas is drawn with; App provides it, so every icon agrees with the canvas. */
export const PerspectiveContext = createContext<ResolvedPerspective | null>(null);

export function TypeIcon({ styleId, type, size = 12 }: { styleId: string; type: string; size?: number }) {
  const look = useContext(PerspectiveContext)?.categories.get(type);
  const t = look ?? typeStyle(styleById(styleId), type);
  return <CategoryIcon colour={t.colour} shape={t.shape} size={size} />;
}
