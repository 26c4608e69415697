// Which property names a node of a graph this app did not create: `name`, then `title`, then a key that ends in
// name/title/label/caption (`vesselName`, `legalName`), then the first string property. Used by the decoder
// (lib/neo4j/result-graph.ts) for the wire name and by the generated perspective for its default caption.

const PREFERRED = ['name', 'title'];
const CAPTION_LIKE = /(name|title|label|caption)$/i;

/** The caption key among `keys` (property names with `isText` telling which hold strings), or null. */
export function captionKey(keys: readonly string[], isText: (key: string) => boolean): string | null {
  const text = [...keys].filter(isText).sort();
  return PREFERRED.find((k) => text.includes(k)) ?? text.find((k) => CAPTION_LIKE.test(k)) ?? text[0] ?? null;
}

/** The caption key of one node's properties. */
export const captionKeyOf = (props: Record<string, unknown>): string | null =>
  captionKey(Object.keys(props), (k) => typeof props[k] === 'string' && (props[k] as string).length > 0);

/** Whether a property name reads like a caption (`name`, `title`, `vesselName`, `legalName`, …): the keys search
 *  matches text against (server/search) and the opt-in full-text index covers (scripts/search-index.ts). */
export const isCaptionLike = (key: string): boolean => CAPTION_LIKE.test(key);
