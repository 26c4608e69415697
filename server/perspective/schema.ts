// The perspective as the server accepts it (PUT /api/perspective, and files read back from disk): version 1,
// strict objects, bounded lists and names, one entry per label and per type, no internal labels.
import { z } from 'zod';
import { CATEGORY_SHAPES } from '../../lib/model/perspective-palette.ts';
import {
  isCategoryLabel,
  PERSPECTIVE_CAPS,
  PERSPECTIVE_VERSION,
  type Perspective,
} from '../../lib/model/perspective.ts';

/** Bytes a perspective may have as sent: ~0.3 kB per entry, so the caps fit with room to spare. */
export const MAX_PERSPECTIVE_BYTES = 256 * 1024;

const name = z.string().min(1).max(PERSPECTIVE_CAPS.name);
const key = name.nullable();

const category = z.strictObject({
  label: name.refine(isCategoryLabel, { message: 'internal labels and "Entity" are not categories' }),
  caption: key,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours look like #1c7ed6'),
  shape: z.enum(CATEGORY_SHAPES),
  sizeBy: key,
  hidden: z.boolean(),
});

const relationship = z.strictObject({ type: name, caption: key, hidden: z.boolean() });

const unique = <T>(items: T[], of: (t: T) => string) => new Set(items.map(of)).size === items.length;

export const perspectiveSchema: z.ZodType<Perspective> = z.strictObject({
  version: z.literal(PERSPECTIVE_VERSION),
  categories: z
    .array(category)
    .max(PERSPECTIVE_CAPS.categories)
    .refine((cs) => unique(cs, (c) => c.label), { message: 'one category per label' }),
  relationships: z
    .array(relationship)
    .max(PERSPECTIVE_CAPS.relationships)
    .refine((rs) => unique(rs, (r) => r.type), { message: 'one entry per relationship type' }),
});

/** PUT body: `{perspective: …}`. */
export const perspectiveBody = z.strictObject({ perspective: perspectiveSchema });
