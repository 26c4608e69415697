// A tiny external store: undoable graph History plus non-undoable UI state (selection, toasts, busy) and the
// perspective (state/perspective.ts).
import type { History, Update } from '../state/types.ts';
import { initialPerspectiveState, type PerspectiveState, type PerspectiveUpdate } from '../state/perspective.ts';
import { amend, commit, createHistory, redo, undo } from '../state/history.ts';
import { emptyState } from '../state/graph.ts';

export interface Toast {
  id: number;
  kind: 'info' | 'error' | 'success';
  text: string;
}

export interface UiState {
  selection: string[];
  toasts: Toast[];
  /** A message while something slow runs (loading, laying out…). */
  busy: string | null;
  dbDown: string | null;
  highlight: string[];
  /** "Shortest path to…" waits for the next node click. */
  pathFrom: string | null;
  reader: { articleId: string; quote?: string } | null;
}

export interface AppState {
  history: History;
  ui: UiState;
  perspective: PerspectiveState;
}

type Listener = () => void;

export class Store {
  private state: AppState = {
    history: createHistory(emptyState()),
    ui: { selection: [], toasts: [], busy: null, dbDown: null, highlight: [], pathFrom: null, reader: null },
    perspective: initialPerspectiveState(),
  };
  private listeners = new Set<Listener>();
  private toastId = 0;

  get = (): AppState => this.state;
  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  private set(next: AppState) {
    if (next === this.state) return;
    this.state = next;
    this.listeners.forEach((l) => l());
  }
  history(fn: (h: History) => History) {
    const h = fn(this.state.history);
    if (h !== this.state.history) this.set({ ...this.state, history: h });
  }
  private lastKey: { key: string; at: number } | null = null;
  /**
   * New undo step; with `coalesce`, repeated changes of the same kind within a second fold into one
   * (dragging the date slider is one step, not fifty).
   */
  commit = (fn: Update, coalesce?: string) => {
    const now = Date.now();
    const fold = coalesce && this.lastKey?.key === coalesce && now - this.lastKey.at < 1000;
    this.lastKey = coalesce ? { key: coalesce, at: now } : null;
    this.history(fold ? amend(fn) : commit(fn));
  };
  amend = (fn: Update) => this.history(amend(fn));
  undo = () => this.history(undo());
  redo = () => this.history(redo());
  perspective(fn: PerspectiveUpdate) {
    const p = fn(this.state.perspective);
    if (p !== this.state.perspective) this.set({ ...this.state, perspective: p });
  }
  ui(patch: Partial<UiState> | ((u: UiState) => Partial<UiState>)) {
    const p = typeof patch === 'function' ? patch(this.state.ui) : patch;
    this.set({ ...this.state, ui: { ...this.state.ui, ...p } });
  }
  toast(kind: Toast['kind'], text: string, ms = 5000) {
    const id = ++this.toastId;
    this.ui((u) => ({ toasts: [...u.toasts.filter((t) => t.text !== text), { id, kind, text }].slice(-4) }));
    setTimeout(() => this.dismiss(id), ms);
  }
  dismiss(id: number) {
    this.ui((u) => ({ toasts: u.toasts.filter((t) => t.id !== id) }));
  }
}
