import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Pagination } from '@/components/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatNumber, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useBusinesses } from '../api/list-businesses';
import { BusinessFilters } from '../components/business-filters';
import { BusinessTable } from '../components/business-table';
import {
  hasFilters,
  nextSort,
  parseListParams,
  toApiQuery,
  toSearchParams,
  type ListParams,
} from '../utils/list-params';

export default function BusinessListPage() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseListParams(searchParams);
  const query = useBusinesses(toApiQuery(params));
  useDocumentTitle(t('businesses.title'));

  function update(changes: Partial<ListParams>, resetPage = true) {
    setSearchParams(toSearchParams({ ...params, ...(resetPage ? { page: 1 } : {}), ...changes }));
  }

  const data = query.data;
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('businesses.title')}</h1>
        {data && (
          <p className="muted" aria-live="polite">
            {t('businesses.count', { total: formatNumber(data.totalCount, localeFor(i18n.language)) })}
          </p>
        )}
      </div>
      <BusinessFilters params={params} onChange={(changes) => update(changes)} />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState
          action={
            hasFilters(params) ? (
              <button type="button" className="button button-secondary" onClick={() => setSearchParams(new URLSearchParams())}>
                {t('businesses.clearFilters')}
              </button>
            ) : undefined
          }
        >
          {t('businesses.empty')}
        </EmptyState>
      ) : (
        <>
          <BusinessTable
            items={query.data.items}
            sort={params.sort}
            onSort={(column) => update({ sort: nextSort(params.sort, column) })}
            busy={query.isPlaceholderData}
          />
          <Pagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            totalCount={query.data.totalCount}
            onPageChange={(page) => update({ page }, false)}
          />
        </>
      )}
    </div>
  );
}
