import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api/problem-details';
import { ErrorState, LoadingState } from './states';

/** What an edit page shows before its base version is read: loading, not found, or the error with a retry. */
export function EditPageLoading({ query, back, notFound }: { query: UseQueryResult<unknown>; back: ReactNode; notFound: string }) {
  if (!query.isError) return <LoadingState />;
  const missing = query.error instanceof ApiError && query.error.status === 404;
  return (
    <div className="page">
      {back}
      <ErrorState error={query.error} message={missing ? notFound : undefined} onRetry={missing ? undefined : () => void query.refetch()} />
    </div>
  );
}

/** Shown above the form after a 412: the record changed since it was read; the user reloads the latest version. */
export function StaleNotice({ text, reloadLabel, onReload, disabled }: { text: string; reloadLabel: string; onReload: () => void; disabled?: boolean }) {
  return (
    <div className="alert alert-warning" role="alert">
      <p>{text}</p>
      <button type="button" className="button button-secondary" onClick={onReload} disabled={disabled}>
        {reloadLabel}
      </button>
    </div>
  );
}
