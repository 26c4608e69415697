// The header lines of a saved query file (cypher/queries/): its title and its parameters.

/** `// params: {...}` header of a saved query file, as in cypher/queries/. */
export function paramsFromHeader(text: string): Record<string, unknown> {
  const m = /^\/\/\s*params:\s*(\{.*\})\s*$/m.exec(text);
  if (!m) return {};
  try {
    return JSON.parse(m[1]!) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function titleFromHeader(text: string): string | undefined {
  return /^\/\/\s*title:\s*(.+)$/m.exec(text)?.[1]?.trim();
}
