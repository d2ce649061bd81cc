import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '@/components/paged-results';
import { nextSort } from '@/components/sort-header';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { formatNumber, localeFor } from '@/lib/format';
import { toListSearch } from '@/lib/list-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useBusinesses } from '../api/list-businesses';
import { BusinessFilters } from '../components/business-filters';
import { BusinessTable } from '../components/business-table';
import { SavedFilters } from '../components/saved-filters';
import { businessListSpec, toApiQuery } from '../utils/list-params';

export default function BusinessListPage() {
  const { t, i18n } = useTranslation();
  const { state, update, setPage, filtered, clearFilters, replace } = useListState(businessListSpec);
  const query = useBusinesses(toApiQuery(state));
  const { session } = useAuth();
  const canAdd = hasRole(session?.user.role, EDITOR_ROLES);
  useDocumentTitle(t('businesses.title'));

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
      <BusinessFilters filters={state.filters} onChange={(filters) => update({}, filters)} />
      <SavedFilters
        current={toListSearch(businessListSpec, { ...state, page: 1 })}
        canSave={filtered}
        onApply={replace}
      />
      <PagedResults
        query={query}
        empty={t('businesses.empty')}
        clearFilters={clearFilters(t('businesses.clearFilters'))}
        onPageChange={setPage}
      >
        {(data) => (
          <BusinessTable
            items={data.items}
            sort={state.sort}
            onSort={(column) => update({ sort: nextSort(state.sort, column) })}
            busy={query.isPlaceholderData}
          />
        )}
      </PagedResults>
    </div>
  );
}
