// A CodeMirror field that underlines the error position Neo4j reported; any edit clears it.
import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

export const setErrorMark = StateEffect.define<{ from: number; to: number } | null>();
const mark = Decoration.mark({ class: 'wb-error-mark' });

export const errorMarkField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = tr.docChanged ? Decoration.none : deco;
    for (const e of tr.effects) {
      if (e.is(setErrorMark)) next = e.value ? Decoration.set([mark.range(e.value.from, e.value.to)]) : Decoration.none;
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});
