// Non-blocking notifications (aria-live) and the "database unavailable" banner. Never alert().
import type { Toast } from '../app/store.ts';

interface Props {
  toasts: Toast[];
  busy: string | null;
  dbDown: string | null;
  onDismiss(id: number): void;
  onRetry(): void;
}

export function Toasts({ toasts, busy, dbDown, onDismiss, onRetry }: Props) {
  return (
    <>
      <div className="banner-slot" role="alert" aria-live="assertive">
        {dbDown && (
          <div className="banner" data-testid="db-banner">
            <strong>Database unavailable.</strong> {dbDown} The canvas keeps working with what is loaded.
            <button onClick={onRetry}>Retry</button>
          </div>
        )}
      </div>
      <div className="toasts" aria-live="polite" role="status" data-testid="toasts">
        {busy && <div className="toast info busy">{busy}</div>}
        {toasts.map((t) => (
          <div key={t.id} className={`toast ${t.kind}`}>
            <span>{t.text}</span>
            <button aria-label="Dismiss" onClick={() => onDismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </>
  );
}
