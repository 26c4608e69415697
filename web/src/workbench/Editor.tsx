// The official Neo4j Cypher editor (CodeMirror 6): highlighting, schema autocomplete, lint; Mod-Enter runs.
import { useEffect, useMemo, useRef } from 'react';
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import type { EditorApi } from '@neo4j-cypher/codemirror';
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';
import { keymap } from '@codemirror/view';
import { EditorSelection, Prec } from '@codemirror/state';
import type { ErrorPosition } from './types.ts';
import { errorMarkField, setErrorMark } from './errorMark.ts';
import { errorRange } from './position.ts';

export interface EditorProps {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  schema: EditorSupportSchema;
  /** When set, the editor selects the offending character (from a Neo4j error position). */
  errorAt?: ErrorPosition;
}

export function Editor({ value, onChange, onRun, schema, errorAt }: EditorProps) {
  const api = useRef<EditorApi | null>(null);
  const runRef = useRef(onRun);
  useEffect(() => {
    runRef.current = onRun;
  }, [onRun]);

  // Highest precedence so Ctrl/Cmd+Enter runs instead of inserting a line.
  const runKeys = useMemo(
    () => [
      errorMarkField,
      Prec.highest(
        keymap.of([
          { key: 'Mod-Enter', run: () => (runRef.current(), true), preventDefault: true },
          { key: 'Shift-Enter', run: () => (runRef.current(), true), preventDefault: true },
        ]),
      ),
    ],
    [],
  );

  const valueRef = useRef(value);
  useEffect(() => {
    valueRef.current = value;
  }, [value]);

  useEffect(() => {
    const ed = api.current;
    if (!ed) return;
    const range = errorAt ? errorRange(valueRef.current, errorAt.offset) : null;
    ed.codemirror.dispatch({ effects: setErrorMark.of(range) });
    if (range) {
      ed.setSelection(EditorSelection.single(range.from), true);
      ed.focus();
    }
  }, [errorAt]);

  return (
    <div className="wb-editor" data-testid="wb-editor">
      <CypherEditor
        value={value}
        onValueChanged={(v: string) => onChange(v)}
        onEditorCreated={(ed: EditorApi) => {
          api.current = ed;
        }}
        schema={schema}
        lint
        autofocus
        lineWrapping
        placeholder="MATCH (n:Entity) RETURN n LIMIT 25   — Ctrl/Cmd+Enter to run"
        preExtensions={runKeys}
        theme="light"
      />
    </div>
  );
}
