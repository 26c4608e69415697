// Exports show the graph at rest: what is selected on the canvas (orange edge, ringed node) is the reader's
// state, not the figure's. The selection is lifted for the duration of the export without unselect events,
// so the app's own selection (inspector, URL) never sees it, and put back afterwards.
import type cytoscape from 'cytoscape';

interface Flagged {
  _private: { selected: boolean };
  updateStyle?: () => void;
}

const flag = (e: cytoscape.SingularElementArgument): Flagged => e as unknown as Flagged;

const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

function setSelected(cy: cytoscape.Core, eles: cytoscape.CollectionReturnValue, on: boolean): void {
  cy.batch(() => eles.forEach((e) => void (flag(e)._private.selected = on)));
  // Re-match the stylesheet (`:selected` rules) for these elements; Cytoscape redraws on its next frame.
  (eles as unknown as { updateStyle(): void }).updateStyle();
}

/** Runs `fn` with no element selected (as far as styles go), then restores the selection. */
export async function withRestingLook<T>(cy: cytoscape.Core, fn: () => T | Promise<T>): Promise<T> {
  const selected = cy.elements(':selected');
  if (selected.empty()) return fn();
  setSelected(cy, selected, false);
  try {
    // Geometry read from the renderer (edge ends at node borders) follows the style on the next frame.
    await nextFrame();
    return await fn();
  } finally {
    setSelected(cy, selected, true);
  }
}
