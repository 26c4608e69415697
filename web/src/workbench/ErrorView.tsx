// Errors and refusals: Neo4j's code, the message, and the position with the offending line and a caret.
import type { ConsoleError } from './types.ts';

const REASONS: Record<string, string> = {
  write: 'writes data',
  schema: 'changes the schema',
  admin: 'is an administration command',
  'load-csv': 'reads files or URLs (LOAD CSV)',
  'call-in-transactions': 'commits in its own transactions',
  procedure: 'calls a procedure that is not read-only',
};

export function ErrorView({ error, query }: { error: ConsoleError; query: string }) {
  const pos = error.position;
  const line = pos ? query.split('\n')[pos.line - 1] : undefined;
  return (
    <div className={`wb-error ${error.code === 'Refused' ? 'wb-refused' : ''}`} role="alert" data-testid="wb-error">
      <div>
        <strong>{error.code === 'Refused' ? 'Refused — read-only console' : error.code}</strong>
        {error.reason && (
          <span className="muted">
            {' '}
            (reason: <code>{error.reason}</code> — the query {REASONS[error.reason] ?? error.reason})
          </span>
        )}
      </div>
      <div className="wb-error-msg">{error.message}</div>
      {pos && (
        <div className="small">
          Line {pos.line}, column {pos.column}
          {line !== undefined && (
            <pre className="wb-caret">
              {line}
              {'\n'}
              {' '.repeat(Math.max(0, pos.column - 1))}^
            </pre>
          )}
        </div>
      )}
    </div>
  );
}
