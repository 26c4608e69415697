// Schema names (labels, property keys) spliced into Cypher text. Neo4j takes no parameters for them in DDL, and
// 5.26 plans `MATCH (n:$($label))` / `n[$key]` as a scan of every node, never an index seek (see indexed.ts).
// So two places build text from names: the opt-in DDL of scripts/search-index.ts and the indexed lookups of
// server/search/indexed.ts. The names come from the schema (SHOW INDEXES, db.labels(), db.propertyKeys()),
// never from user input, and go through quoteIdentifier.

const MAX_LENGTH = 256;
/** A backslash may start `\u0060`, which Cypher decodes before it reads quotes: inside backticks `a\u0060b`
 *  ends the quoted name (verified on 5.26). Control characters have no business in a name either. */
const UNSAFE = /[\\\p{Cc}]/u;

export const isSafeIdentifier = (name: string): boolean =>
  name.length > 0 && name.length <= MAX_LENGTH && !UNSAFE.test(name);

/** `name` as a backtick-quoted Cypher identifier (a backtick inside is doubled). Throws on an unsafe name. */
export function quoteIdentifier(name: string): string {
  if (!isSafeIdentifier(name)) throw new Error(`refusing to quote the name ${JSON.stringify(name)}`);
  return `\`${name.replaceAll('`', '``')}\``;
}

/** The names of `asked` that the schema does not know (exact, case-sensitive match) or that are unsafe. */
export function unknownIdentifiers(asked: readonly string[], known: readonly string[]): string[] {
  const schema = new Set(known);
  return asked.filter((name) => !schema.has(name) || !isSafeIdentifier(name));
}
