import { describe, expect, it } from 'vitest';
import { generatePerspective } from '../../../lib/model/perspective-generate.ts';
import type { PerspectiveAnswer } from '../../../lib/model/perspective.ts';
import {
  editCategory,
  editRelationship,
  initialPerspectiveState,
  perspectiveFailed,
  perspectiveLoaded,
} from './perspective.ts';

const schema = {
  labels: [
    { label: 'Vessel', count: 3, properties: [{ key: 'vesselName', kinds: ['string' as const] }], sampled: true },
  ],
  relationshipTypes: [{ type: 'CALLED_AT', count: 2, properties: [], sampled: true }],
};
const answer: PerspectiveAnswer = { perspective: generatePerspective(schema), stored: false, added: [], schema };

describe('perspective state', () => {
  it('loads an answer, edits it without touching the answer, and marks it unsaved', () => {
    const loaded = perspectiveLoaded(answer)(initialPerspectiveState());
    expect(loaded).toMatchObject({ status: 'ready', stored: false, dirty: false, perspective: answer.perspective });
    const edited = editCategory(loaded.perspective!, 'Vessel', { colour: '#000000', hidden: true })(loaded);
    expect(edited.dirty).toBe(true);
    expect(edited.perspective!.categories[0]).toMatchObject({ label: 'Vessel', colour: '#000000', hidden: true });
    expect(answer.perspective.categories[0]!.hidden).toBe(false);
    const rel = editRelationship(edited.perspective!, 'TOWS', { hidden: true })(edited);
    expect(rel.perspective!.relationships).toEqual([
      { type: 'CALLED_AT', caption: null, hidden: false },
      { type: 'TOWS', caption: null, hidden: true },
    ]);
  });

  it('fails to "failed" only when nothing was loaded before', () => {
    expect(perspectiveFailed('down')(initialPerspectiveState())).toMatchObject({ status: 'failed', error: 'down' });
    const loaded = perspectiveLoaded(answer)(initialPerspectiveState());
    expect(perspectiveFailed('down')(loaded)).toMatchObject({ status: 'ready', perspective: answer.perspective });
  });
});
