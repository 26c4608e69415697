// Article text with the claim's quote highlighted (React elements only, never innerHTML).
import { useEffect, useRef, useState } from 'react';
import { api, type ApiError } from '../api/client.ts';
import type { Article } from '../api/types.ts';

/** Only an http(s) address becomes a link (the value comes from the database). */
export function webUrl(u: string | null | undefined): string | null {
  if (!u || !/^https?:\/\//i.test(u)) return null;
  try {
    return new URL(u).href;
  } catch {
    return null;
  }
}
import { highlightSegments } from '../util/highlight.ts';
import { useEscape } from './useEscape.ts';

interface Props {
  articleId: string;
  quote?: string;
  onClose(): void;
}

export function ArticleReader({ articleId, quote, onClose }: Props) {
  const [article, setArticle] = useState<Article | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const markRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    setArticle(null);
    setError(null);
    api.article(articleId).then((r) => {
      if (!live) return;
      if (r.ok) setArticle(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [articleId]);

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [article]);

  useEffect(() => closeRef.current?.focus(), []);
  useEscape(onClose);

  const segments = article ? highlightSegments(article.text, quote) : [];
  const found = segments.some((s) => s.mark);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal reader" role="dialog" aria-modal="true" aria-labelledby="reader-title" data-testid="reader">
        <header>
          <div>
            <h2 id="reader-title">{article?.title ?? 'Loading article…'}</h2>
            {article && (
              <p className="muted">
                {article.outlet} · {article.published} · {article.language}
                {webUrl(article.url) && (
                  <>
                    {' · '}
                    <a href={webUrl(article.url)!} target="_blank" rel="noopener noreferrer" data-testid="article-url">
                      {new URL(webUrl(article.url)!).host} ↗
                    </a>
                  </>
                )}
              </p>
            )}
          </div>
          <button ref={closeRef} onClick={onClose} aria-label="Close article">
            ×
          </button>
        </header>
        {error && <p className="error">Could not load the article: {error.message}</p>}
        {article && quote && !found && <p className="muted">The quote was not found verbatim in this text.</p>}
        <div className="reader-text">
          {segments.map((s, i) =>
            s.mark ? (
              <mark key={i} ref={markRef} data-testid="quote-mark">
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </div>
      </div>
    </div>
  );
}
