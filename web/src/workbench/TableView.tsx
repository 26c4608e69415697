// Table result view: text-only cells (chips for nodes/relationships), sortable headers, CSV download.
import { useMemo, useState } from 'react';
import { renderValue, valueKind } from './render.ts';
import { sortRows, toggleSort, type SortSpec } from './sort.ts';
import { toCsv } from './csv.ts';
import type { Plain, PlainObject } from './types.ts';

/** Rows drawn at once; the full result stays available for sorting and CSV. */
const DRAW_MAX = 1000;
const CELL_MAX = 2000;

function Cell({ v }: { v: Plain }) {
  const kind = valueKind(v);
  const text = renderValue(v);
  const shown = text.length > CELL_MAX ? `${text.slice(0, CELL_MAX)}…` : text;
  return (
    <td className={`wb-cell wb-${kind}`} title={text.length > 80 ? text.slice(0, 4000) : undefined}>
      {kind === 'node' || kind === 'relationship' ? <span className={`wb-chip wb-chip-${kind}`}>{shown}</span> : shown}
    </td>
  );
}

export function downloadCsv(columns: string[], rows: PlainObject[], name = 'cypher-result.csv'): void {
  const blob = new Blob(['\ufeff', toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function TableView({ columns, rows }: { columns: string[]; rows: PlainObject[] }) {
  const [sort, setSort] = useState<SortSpec | null>(null);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  return (
    <div className="wb-table-wrap">
      <div className="wb-graph-bar">
        <span className="muted">
          {rows.length} rows{rows.length > DRAW_MAX ? `, first ${DRAW_MAX} drawn` : ''}
        </span>
        <button onClick={() => downloadCsv(columns, sorted)} disabled={columns.length === 0} data-testid="wb-csv">
          Download CSV
        </button>
      </div>
      <table className="wb-table" data-testid="wb-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c}
                onClick={() => setSort(toggleSort(c))}
                aria-sort={sort?.column === c ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                {c}
                {sort?.column === c ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, DRAW_MAX).map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <Cell key={c} v={r[c] ?? null} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
