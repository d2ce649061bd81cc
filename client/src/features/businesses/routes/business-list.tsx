import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PagedResults } from '@/components/paged-results';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { formatNumber, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useBusinesses } from '../api/list-businesses';
import { BusinessFilters } from '../components/business-filters';
import { BusinessTable } from '../components/business-table';
import { SavedFilters } from '../components/saved-filters';
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
  const { session } = useAuth();
  const canAdd = hasRole(session?.user.role, EDITOR_ROLES);
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
        {canAdd && (
          <Link to="/businesses/new" className="button button-primary page-header-action">
            {t('businesses.add')}
          </Link>
        )}
      </div>
      <BusinessFilters params={params} onChange={(changes) => update(changes)} />
      <SavedFilters
        current={toSearchParams({ ...params, page: 1 })}
        canSave={hasFilters(params)}
        onApply={(search) => setSearchParams(search)}
      />
      <PagedResults
        query={query}
        empty={t('businesses.empty')}
        clearFilters={hasFilters(params) ? { label: t('businesses.clearFilters'), onClear: () => setSearchParams(new URLSearchParams()) } : undefined}
        onPageChange={(page) => update({ page }, false)}
      >
        {(data) => (
          <BusinessTable
            items={data.items}
            sort={params.sort}
            onSort={(column) => update({ sort: nextSort(params.sort, column) })}
            busy={query.isPlaceholderData}
          />
        )}
      </PagedResults>
    </div>
  );
}
