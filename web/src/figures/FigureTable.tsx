// The inspector's figure table for a bundle or an entity: a small dot plot of value over time and a compact
// table (value, claimant, date, status; outlet and the verbatim quote below), oldest first, undated last, with
// "n more" past the cap and an export of the same table and plot as a figure. Text only, never HTML.
import type { ClaimsOf } from '../api/client.ts';
import type { ClaimFilter } from '../../../lib/model/filter.ts';
import type { Claim } from '../../../lib/model/wire.ts';
import { formatNumber } from '../graph/units.ts';
import { DotPlotView } from './DotPlotView.tsx';
import { exportFigureTableFile } from './export.ts';
import { ChartExport } from '../export/ChartExport.tsx';
import { rowDate, type FigureTableModel } from './model.ts';
import { dotPlot, plotNotes } from './plot.ts';
import { statusColour } from '../styles/status-colours.ts';
import { useFigureTable } from './useFigureTable.ts';
import './figures.css';

const PLOT_WIDTH = 340;

interface Props {
  of: ClaimsOf;
  filter: ClaimFilter;
  /** Every passing claim, when the subject's claims are all in hand (nothing to load). */
  local: Claim[] | null;
  /** The figure's title ("North Korea → sends troops to → Russia"). */
  title: string;
}

export function FigureTable({ of, filter, local, title }: Props) {
  const { model, loading, error } = useFigureTable(of, filter, local);
  if (error) return <p className="error small">Figures: {error}</p>;
  if (loading) return <p className="muted small">Loading figures…</p>;
  if (!model || model.rows.length === 0) return null;
  return (
    <section className="figure-table" data-testid="figure-table">
      <h3>
        Figures{' '}
        <span className="muted">
          ({formatNumber(model.total)} {model.total === 1 ? 'claim' : 'claims'})
        </span>
      </h3>
      <FigurePlot model={model} />
      <FigureRows model={model} />
      {model.more > 0 && (
        <p className="muted small" data-testid="figure-more">
          and {formatNumber(model.more)} more claims with figures
        </p>
      )}
      <FigureExport model={model} title={title} />
    </section>
  );
}

function FigurePlot({ model }: { model: FigureTableModel }) {
  const plot = dotPlot(model.rows, model.keys, PLOT_WIDTH);
  if (!plot) return null;
  const notes = plotNotes(plot);
  return (
    <>
      <DotPlotView plot={plot} />
      {notes.length > 0 && <p className="muted small">{notes.join(' · ')}</p>}
    </>
  );
}

function FigureRows({ model }: { model: FigureTableModel }) {
  return (
    <table className="figure-rows">
      <thead>
        <tr>
          <th>Value</th>
          <th>Claimant</th>
          <th>Date</th>
          <th>Status</th>
        </tr>
      </thead>
      {model.rows.map((r) => (
        <tbody key={`${r.claimId}-${r.key}`} data-testid="figure-row" data-claim={r.claimId} data-key={r.key}>
          <tr>
            <td className="figure-value">{r.valueText}</td>
            <td data-testid="figure-claimant">{r.claimant ?? 'no claimant'}</td>
            <td>{rowDate(r)}</td>
            <td style={{ color: statusColour(r.status) }}>{r.status ?? '—'}</td>
          </tr>
          <tr className="figure-evidence">
            <td colSpan={4}>
              <span className="muted">{r.article?.outlet ?? 'no outlet'}</span>
              {r.quote ? <q>{r.quote}</q> : <span className="muted"> · no quote</span>}
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}

function FigureExport({ model, title }: { model: FigureTableModel; title: string }) {
  return (
    <div className="figure-export">
      <ChartExport
        label="Figure format"
        testId="figure-export"
        onExport={(format) => exportFigureTableFile(model, { title, format })}
      />
    </div>
  );
}
