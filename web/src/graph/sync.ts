// Incremental sync of element definitions into a live Cytoscape core: diff by id, never recreate.
import type cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';

const hashId = (id: string): number => {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
};

/** Where a node without a stored position first appears: next to a placed neighbour, deterministic. */
const initialPosition = (cy: cytoscape.Core, el: ElementDefinition, edges: ElementDefinition[]) => {
  const id = el.data.id!;
  const anchorId = edges
    .filter((e) => e.data.source === id || e.data.target === id)
    .map((e) => (e.data.source === id ? e.data.target : e.data.source))
    .find((n) => n && cy.getElementById(n).nonempty());
  const h = hashId(id);
  const angle = ((h % 360) * Math.PI) / 180;
  const r = 60 + (h % 40);
  if (anchorId) {
    const p = cy.getElementById(anchorId).position();
    return { x: p.x + r * Math.cos(angle), y: p.y + r * Math.sin(angle) };
  }
  const ext = cy.extent();
  return { x: (ext.x1 + ext.x2) / 2 + r * Math.cos(angle), y: (ext.y1 + ext.y2) / 2 + r * Math.sin(angle) };
};

const sameData = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => {
  for (const k of Object.keys(b)) {
    if (a[k] === b[k]) continue;
    if (typeof b[k] === 'object' && JSON.stringify(a[k]) === JSON.stringify(b[k])) continue;
    return false;
  }
  return true;
};

export interface SyncResult {
  added: string[];
  removed: number;
}

export function syncElements(cy: cytoscape.Core, elements: ElementDefinition[]): SyncResult {
  const wanted = new Map(elements.map((e) => [e.data.id!, e]));
  const added: string[] = [];
  let removed = 0;
  cy.batch(() => {
    const gone = cy.elements().filter((e) => !wanted.has(e.id()));
    removed = gone.length;
    cy.remove(gone);
    const edges = elements.filter((e) => e.group === 'edges');
    const newNodes: ElementDefinition[] = [];
    for (const el of elements) {
      if (el.group !== 'nodes') continue;
      const cur = cy.getElementById(el.data.id!);
      if (cur.empty()) {
        newNodes.push({ ...el, position: el.position ?? initialPosition(cy, el, edges) });
        continue;
      }
      if (!sameData(cur.data(), el.data)) cur.data(el.data);
      const p = cur.position();
      if (el.position && !cur.grabbed() && (p.x !== el.position.x || p.y !== el.position.y)) cur.position(el.position);
    }
    // Add new nodes one by one so later ones can anchor on earlier ones.
    for (const n of newNodes) {
      cy.add(n);
      added.push(n.data.id!);
    }
    for (const el of edges) {
      const cur = cy.getElementById(el.data.id!);
      if (cur.empty()) {
        cy.add(el);
        added.push(el.data.id!);
      } else if (!sameData(cur.data(), el.data)) cur.data(el.data);
    }
  });
  return { added, removed };
}
