import { describe, expect, it } from 'vitest';
import { amend, commit, createHistory, redo, undo } from './history.ts';
import { emptyState, mergeGraph, setPositions } from './graph.ts';
import { ent } from './fixtures.ts';

describe('history', () => {
  it('commit / undo / redo walk through snapshots', () => {
    let h = createHistory(emptyState());
    h = commit(mergeGraph({ nodes: [ent('a')], bundles: [] }))(h);
    h = commit(mergeGraph({ nodes: [ent('b')], bundles: [] }))(h);
    expect(Object.keys(h.present.nodes)).toEqual(['a', 'b']);
    h = undo()(h);
    expect(Object.keys(h.present.nodes)).toEqual(['a']);
    h = undo()(h);
    expect(Object.keys(h.present.nodes)).toEqual([]);
    expect(undo()(h)).toBe(h);
    h = redo()(redo()(h));
    expect(Object.keys(h.present.nodes)).toEqual(['a', 'b']);
    expect(redo()(h)).toBe(h);
  });

  it('a new commit clears the redo stack; no-op commits record nothing', () => {
    let h = commit(mergeGraph({ nodes: [ent('a')], bundles: [] }))(createHistory(emptyState()));
    h = undo()(h);
    h = commit(mergeGraph({ nodes: [ent('c')], bundles: [] }))(h);
    expect(h.future).toEqual([]);
    expect(commit((s) => s)(h)).toBe(h);
  });

  it('amend folds layout positions into the current step', () => {
    let h = commit(mergeGraph({ nodes: [ent('a')], bundles: [] }))(createHistory(emptyState()));
    h = amend(setPositions({ a: { x: 1, y: 2 } }))(h);
    expect(h.past.length).toBe(1);
    expect(h.present.nodes.a!.position).toEqual({ x: 1, y: 2 });
    expect(undo()(h).present.nodes.a).toBeUndefined();
  });
});
