// Every property of a node or relationship, one row each: key, type hint and the value formatted by type
// (web/src/util/property-format*.ts). Long values collapse behind "more"; values are text nodes, never HTML.
import { useState } from 'react';
import type { Plain } from '../../../lib/neo4j/values.ts';
import { formatNumber } from '../graph/elements.ts';
import { propertyRows, type PropertyRow } from '../util/property-format-rows.ts';

interface Props {
  properties: Record<string, Plain> | undefined;
  /** undefined: the caption heuristic picks the caption row; null: none. */
  captionKey?: string | null;
  testId?: string;
}

function Value({ row }: { row: PropertyRow }) {
  const [open, setOpen] = useState(false);
  return (
    <td className="prop-value" title={row.title}>
      {row.short === null || open ? row.text : row.short}
      {row.short !== null && (
        <button className="link prop-more" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? 'less' : 'more'}
        </button>
      )}
    </td>
  );
}

export function PropertyTable({ properties, captionKey, testId = 'property-table' }: Props) {
  const { rows, more } = propertyRows(properties, captionKey);
  if (rows.length === 0) return null;
  return (
    <table className="prop-table" data-testid={testId}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.caption ? 'prop-caption' : undefined} data-key={row.key}>
            <th scope="row">
              {row.key}
              <span className="prop-hint">{row.hint}</span>
            </th>
            <Value row={row} />
          </tr>
        ))}
        {more > 0 && (
          <tr className="prop-more-rows">
            <td colSpan={2} className="muted small">
              and {formatNumber(more)} more {more === 1 ? 'property' : 'properties'}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
