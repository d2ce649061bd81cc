import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Pagination } from './pagination';
import { EmptyState, QueryResult } from './states';

type Page = { items: readonly unknown[]; page: number; pageSize: number; totalCount: number };

/**
 * The states every server-paged list goes through: loading, error with retry, empty (with a way
 * to clear the filters when there are any), or the rows followed by the pager.
 */
export function PagedResults<T extends Page>({
  query,
  empty,
  clearFilters,
  onPageChange,
  children,
}: {
  query: UseQueryResult<T>;
  /** Shown when the page has no rows. */
  empty: ReactNode;
  /** Offered in the empty state when filters are applied. */
  clearFilters?: { label: string; onClear: () => void };
  onPageChange: (page: number) => void;
  /** The rows (a table), from the page's data. */
  children: (data: T) => ReactNode;
}) {
  return (
    <QueryResult query={query}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState
            action={
              clearFilters ? (
                <button type="button" className="button button-secondary" onClick={clearFilters.onClear}>
                  {clearFilters.label}
                </button>
              ) : undefined
            }
          >
            {empty}
          </EmptyState>
        ) : (
          <>
            {children(data)}
            <Pagination page={data.page} pageSize={data.pageSize} totalCount={data.totalCount} onPageChange={onPageChange} />
          </>
        )
      }
    </QueryResult>
  );
}
