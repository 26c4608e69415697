// The Cypher workbench: editor + $parameters, saved reports, history, and Graph/Table/JSON results.
// Lazy-loaded by the explorer (components/Slots.tsx); everything here stays out of the initial bundle.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';
import type { GraphWire } from '../../../lib/model/wire.ts';
import { consoleApi } from './api.ts';
import { Editor } from './Editor.tsx';
import { ErrorView } from './ErrorView.tsx';
import { GraphView } from './GraphView.tsx';
import { JsonView } from './JsonView.tsx';
import { PlanView } from './PlanView.tsx';
import { Sidebar } from './Sidebar.tsx';
import { TableView } from './TableView.tsx';
import { resultGraph } from '../../../lib/neo4j/result-graph.ts';
import { addToHistory, loadHistory, removeFromHistory, saveHistory, type HistoryEntry } from './history.ts';
import { parseParams, referencedParams } from './params.ts';
import type { ConsoleError, ConsoleResult, SavedQuery } from './types.ts';
import './workbench.css';

export interface WorkbenchProps {
  onGraph(graph: GraphWire, mode: 'merge' | 'replace'): void;
}

/** The graph view and the canvas get at most this many nodes, whatever the server's node cap. */
export const GRAPH_VIEW_MAX = 500;

const VIEWS = [
  { id: 'graph', label: 'Graph', when: (_r: ConsoleResult) => true },
  { id: 'table', label: 'Table', when: (_r: ConsoleResult) => true },
  { id: 'json', label: 'JSON', when: (_r: ConsoleResult) => true },
  { id: 'plan', label: 'Plan', when: (r: ConsoleResult) => r.plan !== undefined },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

const TIMEOUTS = [
  { ms: undefined, label: 'server default' },
  { ms: 1_000, label: '1 s' },
  { ms: 3_000, label: '3 s' },
  { ms: 5_000, label: '5 s' },
];

type Run =
  | { status: 'idle' }
  | { status: 'running'; queryId: string; query: string; startedAt: number }
  | { status: 'done'; query: string; result: ConsoleResult }
  | { status: 'error'; query: string; error: ConsoleError };

const EMPTY_SCHEMA: EditorSupportSchema = {};

export default function Workbench({ onGraph }: WorkbenchProps) {
  const [query, setQuery] = useState('MATCH (e:Entity)-[r]->(o:Entity)\nRETURN e, r, o\nLIMIT 50');
  const [paramsText, setParamsText] = useState('{}');
  const [schema, setSchema] = useState<EditorSupportSchema>(EMPTY_SCHEMA);
  const [saved, setSaved] = useState<SavedQuery[] | null>(null);
  const [savedError, setSavedError] = useState<string>();
  const [history, setHistory] = useState<HistoryEntry[]>(() => loadHistory());
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const [view, setView] = useState<ViewId>('graph');
  const [timeoutMs, setTimeoutMs] = useState<number | undefined>(undefined);
  const [autoCanvas, setAutoCanvas] = useState(true);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => {
    void consoleApi.schema().then(setSchema);
    void consoleApi.queries().then((r) => {
      if (r.ok) setSaved(r.value.queries);
      else setSavedError(`Could not load reports: ${r.error.message}`);
    });
    return () => abortRef.current?.abort();
  }, []);

  useEffect(() => saveHistory(history), [history]);

  const params = useMemo(() => parseParams(paramsText), [paramsText]);
  const missing = useMemo(
    () => (params.ok ? referencedParams(query).filter((p) => !(p in params.value)) : []),
    [query, params],
  );
  const editorSchema = useMemo(
    () => ({ ...schema, parameters: params.ok ? Object.keys(params.value) : [] }),
    [schema, params],
  );

  const execute = useCallback(
    async (text: string, pText: string, opts: { toCanvas?: boolean } = {}) => {
      const p = parseParams(pText);
      if (!p.ok) {
        setRun({ status: 'error', query: text, error: { code: 'InvalidParameters', message: p.message } });
        return;
      }
      abortRef.current?.abort();
      const ctl = new AbortController();
      abortRef.current = ctl;
      const queryId = crypto.randomUUID();
      setRun({ status: 'running', queryId, query: text, startedAt: Date.now() });
      setHistory(addToHistory({ query: text, params: pText, at: Date.now() }));
      const r = await consoleApi.run(
        { query: text, params: p.value, queryId, ...(timeoutMs ? { timeoutMs } : {}) },
        ctl.signal,
      );
      if (ctl.signal.aborted && abortRef.current !== ctl) return; // superseded by a newer run
      abortRef.current = null;
      if (!r.ok) {
        setRun({ status: 'error', query: text, error: r.error });
        return;
      }
      setRun({ status: 'done', query: text, result: r.value });
      const g = resultGraph(r.value.rows, { maxNodes: GRAPH_VIEW_MAX });
      if (r.value.plan && r.value.rows.length === 0) {
        setView('plan');
      } else if (opts.toCanvas && g.nodes.length > 0) {
        onGraph({ nodes: g.nodes, bundles: g.bundles }, 'merge');
        setView('table');
      } else {
        setView(g.nodes.length > 0 ? 'graph' : 'table');
      }
    },
    [timeoutMs, onGraph],
  );

  const cancel = useCallback(() => {
    if (run.status !== 'running') return;
    abortRef.current?.abort();
    abortRef.current = null;
    // The aborted fetch already makes the server terminate the transaction; the explicit cancel covers proxies.
    void consoleApi.cancel(run.queryId);
    setRun({ status: 'error', query: run.query, error: { code: 'Cancelled', message: 'The query was cancelled.' } });
  }, [run]);

  const runEditor = useCallback(() => void execute(query, paramsText), [execute, query, paramsText]);

  const loadSaved = (q: SavedQuery) => {
    setQuery(q.text);
    setParamsText(JSON.stringify(q.params, null, 2));
  };

  const result = run.status === 'done' ? run.result : null;
  const graph = useMemo(() => (result ? resultGraph(result.rows, { maxNodes: GRAPH_VIEW_MAX }) : null), [result]);
  const running = run.status === 'running';

  return (
    <div className="wb" data-testid="workbench">
      <Sidebar
        saved={saved}
        savedError={savedError}
        history={history}
        onRunSaved={(q) => {
          loadSaved(q);
          void execute(q.text, JSON.stringify(q.params, null, 2), { toCanvas: autoCanvas });
        }}
        onLoadSaved={loadSaved}
        onLoadHistory={(h) => {
          setQuery(h.query);
          setParamsText(h.params || '{}');
        }}
        onForget={(h) => setHistory(removeFromHistory(h.at))}
        onClearHistory={() => setHistory([])}
      />
      <section className="wb-main">
        <div className="wb-input">
          <Editor
            value={query}
            onChange={setQuery}
            onRun={runEditor}
            schema={editorSchema}
            errorAt={run.status === 'error' ? run.error.position : undefined}
          />
          <div className="wb-params">
            <label className="small muted" htmlFor="wb-params">
              $parameters (JSON object)
            </label>
            <textarea
              id="wb-params"
              data-testid="wb-params"
              spellCheck={false}
              value={paramsText}
              onChange={(e) => setParamsText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  runEditor();
                }
              }}
              className={params.ok ? '' : 'wb-invalid'}
            />
            {!params.ok && <div className="error small">{params.message}</div>}
            {missing.length > 0 && <div className="muted small">Not set: {missing.map((m) => `$${m}`).join(', ')}</div>}
          </div>
        </div>
        <div className="wb-actions">
          <button
            className="on"
            onClick={runEditor}
            disabled={running || !params.ok || query.trim() === ''}
            data-testid="wb-run"
          >
            Run
          </button>
          <button onClick={cancel} disabled={!running} data-testid="wb-cancel">
            Cancel
          </button>
          <span className="muted small">Ctrl/Cmd+Enter</span>
          <label className="small">
            Timeout{' '}
            <select
              value={timeoutMs ?? ''}
              onChange={(e) => setTimeoutMs(e.target.value ? Number(e.target.value) : undefined)}
            >
              {TIMEOUTS.map((t) => (
                <option key={t.label} value={t.ms ?? ''}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <label
            className="small"
            title="When you run a report from the list, its nodes are merged into the main canvas"
          >
            <input type="checkbox" checked={autoCanvas} onChange={(e) => setAutoCanvas(e.target.checked)} /> Reports go
            to canvas
          </label>
          <span className="wb-status small" data-testid="wb-status">
            <Status run={run} />
          </span>
        </div>
        <div className="wb-results">
          {run.status === 'error' && <ErrorView error={run.error} query={run.query} />}
          {result && graph && (
            <>
              <div className="wb-tabs" role="tablist">
                {VIEWS.filter((v) => v.when(result)).map((v) => (
                  <button
                    key={v.id}
                    role="tab"
                    aria-selected={view === v.id}
                    className={view === v.id ? 'on' : ''}
                    onClick={() => setView(v.id)}
                    data-testid={`wb-view-${v.id}`}
                  >
                    {v.label}
                  </button>
                ))}
              </div>
              {result.notifications.map((n, i) => (
                <div key={i} className="wb-note small" title={n.code}>
                  {n.title} {n.description}
                </div>
              ))}
              {view === 'graph' && (
                <GraphView
                  graph={graph}
                  cap={GRAPH_VIEW_MAX}
                  onSend={(mode) => onGraph({ nodes: graph.nodes, bundles: graph.bundles }, mode)}
                />
              )}
              {view === 'table' && <TableView columns={result.columns} rows={result.rows} />}
              {view === 'json' && <JsonView rows={result.rows} />}
              {view === 'plan' && result.plan && <PlanView plan={result.plan} />}
            </>
          )}
        </div>
      </section>
    </div>
  );
}

const CAP_LABELS: Record<NonNullable<ConsoleResult['truncatedBy']>, (r: ConsoleResult) => string> = {
  rows: (r) => `row cap ${r.limits?.maxRows ?? ''}`,
  nodes: (r) => `node cap ${r.limits?.maxNodes ?? ''}`,
  size: () => 'response size cap',
};

function Status({ run }: { run: Run }) {
  const [, tick] = useState(0);
  useEffect(() => {
    if (run.status !== 'running') return;
    const t = setInterval(() => tick((x) => x + 1), 250);
    return () => clearInterval(t);
  }, [run.status]);
  if (run.status === 'running') return <>Running… {((Date.now() - run.startedAt) / 1000).toFixed(1)} s</>;
  if (run.status !== 'done') return null;
  const r = run.result;
  return (
    <>
      {r.rows.length} row{r.rows.length === 1 ? '' : 's'}, {r.nodeCount} nodes in {r.elapsedMs} ms
      {r.truncated && (
        <strong className="wb-truncated" data-testid="wb-truncated">
          {' '}
          — truncated at {r.truncatedAt} ({CAP_LABELS[r.truncatedBy ?? 'rows'](r)})
        </strong>
      )}
    </>
  );
}
