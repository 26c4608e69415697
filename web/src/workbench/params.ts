// The $parameters editor's JSON: parsed and validated into the `params` object. Pure.
export type ParamsParse = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

export function parseParams(text: string): ParamsParse {
  if (text.trim() === '') return { ok: true, value: {} };
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `Parameters are not valid JSON: ${(err as Error).message}` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return { ok: false, message: 'Parameters must be a JSON object, e.g. {"id": "kursk"}' };
  }
  const bad = Object.keys(v).find((k) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
  if (bad !== undefined) return { ok: false, message: `"${bad}" is not a valid parameter name` };
  return { ok: true, value: v as Record<string, unknown> };
}

/** `$name` references in a query (for "missing parameter" hints). */
export function referencedParams(query: string): string[] {
  const noStrings = query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
  return [...new Set([...noStrings.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
}
