// Export panel: report figures (PNG/SVG/PDF with title, caption, legend, sources, origin line; report presets)
// and data export of the current view (CSV pair, Cytoscape JSON, GraphML).
import { useMemo, useState } from 'react';
import type cytoscape from 'cytoscape';
import type { ViewState } from '../view/view.ts';
import { defaultFigureOptions, type FigureOptions } from './figure.ts';
import { exportFigure } from './exportFigure.ts';
import { FIGURE_MIME, type FigureFormat } from './document.ts';
import { FIGURE_PRESETS } from './presets.ts';
import { cytoscapeJson, edgesCsv, graphml, nodesCsv } from './data.ts';
import { exportGraphOf } from './snapshot.ts';
import { loadEvidence } from './evidence.ts';
import { base64ToBlob, downloadBlob, downloadText, fileSlug } from './download.ts';
import './install.ts';

export interface ExportPanelProps {
  cy: cytoscape.Core;
  view: ViewState;
  onClose(): void;
  /** Saved view name, when the canvas shows one (for the "generated from" line). */
  viewName?: string;
}

type SizeKind = 'scale' | 'size' | 'preset';

const SCALES = [1, 2, 3, 4] as const;

export default function ExportPanel({ cy, view, onClose, viewName }: ExportPanelProps) {
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  const [sizeKind, setSizeKind] = useState<SizeKind>('scale');
  const [scale, setScale] = useState<number>(2);
  const [width, setWidth] = useState(1600);
  const [height, setHeight] = useState(1000);
  const [preset, setPreset] = useState(FIGURE_PRESETS[0]!.id);
  const [outlines, setOutlines] = useState(false);
  const [region, setRegion] = useState<FigureOptions['region']>('full');
  const [transparent, setTransparent] = useState(false);
  const [legend, setLegend] = useState(true);
  const [sources, setSources] = useState(true);
  const [origin, setOrigin] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const options = useMemo<FigureOptions>(
    () => ({
      ...defaultFigureOptions(),
      size: sizeKind === 'size' ? { kind: 'size', width, height } : { kind: 'scale', scale },
      preset: sizeKind === 'preset' ? preset : undefined,
      region,
      transparent,
      title,
      caption,
      legend,
      sources,
      generatedFrom: origin,
      origin: viewName ? { kind: 'view', name: viewName } : { kind: 'session' },
    }),
    [sizeKind, scale, width, height, preset, region, transparent, title, caption, legend, sources, origin, viewName],
  );
  const base = fileSlug(title || viewName || 'graph');
  const validSize = sizeKind !== 'size' || (width >= 100 && height >= 100 && width <= 16000 && height <= 16000);

  const run = async (what: string, fn: () => Promise<void> | void) => {
    setBusy(true);
    setMessage(null);
    try {
      await fn();
      setMessage(`${what} exported`);
    } catch (err) {
      setMessage(`${what} failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  // Edges that carried a preview of their claims get all of them first (a progress line while it pages).
  const evidence = () =>
    loadEvidence(cy, region, view.filters, (n, total) =>
      setMessage(`Loading claims for the export: ${n.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}…`),
    );
  const download = (format: FigureFormat) =>
    run(format.toUpperCase(), async () => {
      const text = await exportFigure(
        cy,
        options,
        { format, portable: outlines ? 'paths' : 'embed' },
        await evidence(),
      );
      const type = FIGURE_MIME[format];
      if (format === 'svg') downloadText(text, `${base}.svg`, type);
      else downloadBlob(base64ToBlob(text, type), `${base}.${format}`);
    });
  const data = async () => exportGraphOf(cy, region, await evidence());
  const counts = `${view.nodes.length} nodes in view`;

  return (
    <section className="export-panel" aria-label="Export" data-testid="export-panel">
      <header className="export-panel__header">
        <h2>Export</h2>
        <button type="button" onClick={onClose} aria-label="Close export panel">
          ×
        </button>
      </header>

      <fieldset>
        <legend>Figure</legend>
        <label>
          Title <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="export-title" />
        </label>
        <label>
          Caption{' '}
          <textarea
            value={caption}
            rows={2}
            onChange={(e) => setCaption(e.target.value)}
            data-testid="export-caption"
          />
        </label>
        <div role="radiogroup" aria-label="Size">
          <label>
            <input type="radio" checked={sizeKind === 'scale'} onChange={() => setSizeKind('scale')} /> Scale
          </label>
          <select
            value={scale}
            disabled={sizeKind !== 'scale'}
            onChange={(e) => setScale(Number(e.target.value))}
            aria-label="Scale"
          >
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
          <label>
            <input
              type="radio"
              checked={sizeKind === 'size'}
              onChange={() => setSizeKind('size')}
              data-testid="export-size-exact"
            />{' '}
            Exact size
          </label>
          <input
            type="number"
            min={100}
            max={16000}
            value={width}
            disabled={sizeKind !== 'size'}
            onChange={(e) => setWidth(Number(e.target.value))}
            aria-label="Width in pixels"
          />
          ×
          <input
            type="number"
            min={100}
            max={16000}
            value={height}
            disabled={sizeKind !== 'size'}
            onChange={(e) => setHeight(Number(e.target.value))}
            aria-label="Height in pixels"
          />
          px
          <label>
            <input
              type="radio"
              checked={sizeKind === 'preset'}
              onChange={() => setSizeKind('preset')}
              data-testid="export-size-preset"
            />{' '}
            Report preset
          </label>
          <select
            value={preset}
            disabled={sizeKind !== 'preset'}
            onChange={(e) => setPreset(e.target.value)}
            aria-label="Report preset"
            data-testid="export-preset"
          >
            {FIGURE_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <label>
          Area{' '}
          <select value={region} onChange={(e) => setRegion(e.target.value as FigureOptions['region'])}>
            <option value="full">Whole graph</option>
            <option value="viewport">Visible area</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} /> Transparent
          background
        </label>
        <label>
          <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} /> Legend
        </label>
        <label>
          <input type="checkbox" checked={sources} onChange={(e) => setSources(e.target.checked)} /> Sources footer
        </label>
        <label>
          <input type="checkbox" checked={origin} onChange={(e) => setOrigin(e.target.checked)} /> “Generated from” line
        </label>
        <label>
          <input type="checkbox" checked={outlines} onChange={(e) => setOutlines(e.target.checked)} /> SVG text as
          outlines (else the font is embedded)
        </label>
        <div className="export-panel__actions">
          {(['png', 'svg', 'pdf'] as const).map((f) => (
            <button
              key={f}
              type="button"
              disabled={busy || !validSize}
              data-testid={`export-${f}`}
              onClick={() => download(f)}
            >
              Download {f.toUpperCase()}
            </button>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Data ({counts})</legend>
        <div className="export-panel__actions">
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run('CSV', async () => {
                const g = await data();
                downloadText(nodesCsv(g), `${base}-nodes.csv`, 'text/csv');
                downloadText(edgesCsv(g), `${base}-edges.csv`, 'text/csv');
              })
            }
          >
            nodes.csv + edges.csv
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run('Cytoscape JSON', async () =>
                downloadText(cytoscapeJson(await data()), `${base}.cyjs`, 'application/json'),
              )
            }
          >
            Cytoscape JSON
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run('GraphML', async () =>
                downloadText(graphml(await data()), `${base}.graphml`, 'application/graphml+xml'),
              )
            }
          >
            GraphML (Gephi, yEd)
          </button>
        </div>
      </fieldset>
      {message && (
        <p role="status" className="export-panel__status">
          {message}
        </p>
      )}
    </section>
  );
}
