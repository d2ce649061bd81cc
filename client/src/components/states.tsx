import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '@/lib/api/problem-details';
import { useDocumentTitle } from '@/lib/use-document-title';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('states.loading')}</span>
    </div>
  );
}

export function EmptyState({ children, action }: { children?: ReactNode; action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="state state-empty" role="status">
      <p>{children ?? t('states.empty')}</p>
      {action}
    </div>
  );
}

export function ErrorState({ error, onRetry, message }: { error?: unknown; onRetry?: () => void; message?: string }) {
  const { t } = useTranslation();
  let text = message;
  if (!text) {
    if (error instanceof ApiError) {
      text = error.problem?.detail || error.problem?.title || t('states.error');
    } else if (error instanceof TypeError) {
      text = t('states.networkError');
    } else {
      text = t('states.error');
    }
  }
  return (
    <div className="state state-error" role="alert">
      <p>{text}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('states.retry')}
        </button>
      )}
    </div>
  );
}

/** For a page the signed-in role may not use (the API would refuse it too). */
export function NoAccessState() {
  const { t } = useTranslation();
  useDocumentTitle(t('states.noAccessTitle'));
  return (
    <div className="page">
      <h1>{t('states.noAccessTitle')}</h1>
      <div className="state state-empty" role="status">
        <p>{t('states.noAccess')}</p>
        <p>
          <Link to="/">{t('states.backHome')}</Link>
        </p>
      </div>
    </div>
  );
}

/** A query's loading and error states (the error with a retry), then its data as the children render it. */
export function QueryResult<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
