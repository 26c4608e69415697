// Spatial hash of placed boxes: a candidate is tested only against the boxes in the cells it touches.
import { aabbOf, overlaps, type Quad } from './overlapMath.ts';

/** Placed boxes keep this much air between them (model units), so the check at any scale sees them apart. */
export const CLEARANCE = 1;

export interface Placed {
  quad: Quad;
  /** Owner id: a box never collides with boxes of the same owner (a node and its own label). */
  owner: string;
}

export class BoxGrid {
  private readonly cells = new Map<string, Placed[]>();
  constructor(private readonly cell = 40) {}

  private keys(q: Quad): string[] {
    const b = aabbOf(q);
    b.x1 -= CLEARANCE;
    b.y1 -= CLEARANCE;
    b.x2 += CLEARANCE;
    b.y2 += CLEARANCE;
    const out: string[] = [];
    const c = this.cell;
    for (let i = Math.floor(b.x1 / c); i <= Math.floor(b.x2 / c); i++)
      for (let j = Math.floor(b.y1 / c); j <= Math.floor(b.y2 / c); j++) out.push(`${i},${j}`);
    return out;
  }

  add(p: Placed): void {
    for (const k of this.keys(p.quad)) {
      const list = this.cells.get(k);
      if (list) list.push(p);
      else this.cells.set(k, [p]);
    }
  }

  /** The placed boxes that `q` overlaps (each once), ignoring those of the given owners. */
  hits(q: Quad, ignore: readonly string[] = []): Placed[] {
    const seen = new Set<Placed>();
    const hit: Placed[] = [];
    for (const k of this.keys(q))
      for (const p of this.cells.get(k) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        if (!ignore.includes(p.owner) && overlaps(q, p.quad, -CLEARANCE)) hit.push(p);
      }
    return hit;
  }
}
