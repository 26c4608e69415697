// Undo/redo over whole GraphState snapshots (structural sharing keeps them cheap).
import type { GraphState, History, Update } from './types.ts';

export const MAX_HISTORY = 200;

export const createHistory = (present: GraphState): History => ({ past: [], present, future: [] });

/** Applies `fn` as a new undoable step; a no-op change records nothing. */
export const commit =
  (fn: Update) =>
  (h: History): History => {
    const next = fn(h.present);
    if (next === h.present) return h;
    return { past: [...h.past, h.present].slice(-MAX_HISTORY), present: next, future: [] };
  };

/** Folds `fn` into the current step (e.g. the layout positions that follow an expand). */
export const amend =
  (fn: Update) =>
  (h: History): History => {
    const next = fn(h.present);
    return next === h.present ? h : { ...h, present: next };
  };

export const undo =
  () =>
  (h: History): History => {
    const prev = h.past[h.past.length - 1];
    if (!prev) return h;
    return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
  };

export const redo =
  () =>
  (h: History): History => {
    const next = h.future[0];
    if (!next) return h;
    return { past: [...h.past, h.present], present: next, future: h.future.slice(1) };
  };
