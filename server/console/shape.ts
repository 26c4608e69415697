// Result shaping: records → plain JSON rows, and the node count that drives the node cap. Pure.
import type { Plain } from '../../lib/neo4j/values.ts';
import type { PlainObject, TruncatedBy } from '../../lib/model/console.ts';

function isObject(v: Plain): v is PlainObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Adds the element ids of every node inside `value` (nested lists, maps, relationships' ends excluded, paths) to `seen`. */
export function collectNodeIds(value: Plain, seen: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectNodeIds(v, seen);
    return;
  }
  if (!isObject(value)) return;
  if (value.$type === 'node' && typeof value.id === 'string') {
    seen.add(value.id);
    return;
  }
  if (value.$type === 'relationship') return;
  for (const v of Object.values(value)) collectNodeIds(v, seen);
}

/** A response larger than this would stall the browser however few rows it has (e.g. RETURN range(1, 10000000)). */
export const MAX_RESULT_CHARS = 16 * 1024 * 1024;

export interface CapState {
  rows: PlainObject[];
  nodeIds: Set<string>;
  /** JSON size of the rows kept so far. */
  chars?: number;
  truncatedBy?: TruncatedBy;
}

/**
 * Adds one row unless a cap is hit. Returns false when streaming must stop.
 * The row that would push the node count over the cap is dropped (unless it is the first), so the client never gets more than maxNodes.
 */
export function addRow(
  state: CapState,
  row: PlainObject,
  caps: { maxRows: number; maxNodes: number; maxChars?: number },
): boolean {
  if (state.rows.length >= caps.maxRows) {
    state.truncatedBy = 'rows';
    return false;
  }
  const size = JSON.stringify(row).length;
  if ((state.chars ?? 0) + size > (caps.maxChars ?? MAX_RESULT_CHARS)) {
    state.truncatedBy = 'size';
    return false;
  }
  const ids = new Set<string>();
  collectNodeIds(row, ids);
  let added = 0;
  for (const id of ids) if (!state.nodeIds.has(id)) added++;
  if (state.nodeIds.size + added > caps.maxNodes && state.rows.length > 0) {
    state.truncatedBy = 'nodes';
    return false;
  }
  for (const id of ids) state.nodeIds.add(id);
  state.chars = (state.chars ?? 0) + size;
  state.rows.push(row);
  return true;
}
