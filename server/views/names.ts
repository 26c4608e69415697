// Saved view names double as file names, so they are validated strictly.
import { z } from 'zod';

export const VIEW_NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,79}$/;

export function isViewName(name: string): boolean {
  // No '..' so a name can never step out of the views folder, and no trailing dot/space (Windows).
  return VIEW_NAME.test(name) && !name.includes('..') && !/[. ]$/.test(name);
}

export const viewName = z.string().refine(isViewName, {
  message: 'view names are 1-80 letters, digits, spaces, "_", "." or "-", starting with a letter or digit',
});

/** A saved view: the web app's URL state. Only the envelope is checked; the rest is the app's. */
export const viewBody = z.object({
  view: z
    .object({
      version: z.union([z.number().int().positive(), z.string().min(1).max(40)]),
      nodes: z.array(z.unknown()).max(20_000),
    })
    .passthrough(),
});
