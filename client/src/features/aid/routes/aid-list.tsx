import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '@/components/form-field';
import { SearchBox } from '@/components/search-box';
import { KecamatanSelect } from '@/components/kecamatan-select';
import { PagedResults } from '@/components/paged-results';
import { nextSort, SortHeader } from '@/components/sort-header';
import { useAuth } from '@/lib/auth/auth-context';
import { labelOptions } from '@/lib/status-labels';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { formatDate, formatNumber, formatRupiah, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useAidList, useGroupForAid } from '../api/aid';
import type { AidListQuery } from '../api/types';
import { PROGRAMMES, recentYears, statusLabels } from '../components/labels';
import { aidListSpec } from '../utils/list-spec';
import '../aid.css';
import { StatusBadge } from '@/components/status-badge';

export default function AidListPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { state, query: listQuery, update, setPage, clearFilters, filter, searchBox } = useListState(aidListSpec);
  const { budgetYear, ...rest } = listQuery;
  const apiQuery = { ...rest, ...(budgetYear ? { budgetYear: Number(budgetYear) } : {}) } as AidListQuery; // filter values from the URL; the server validates them
  const query = useAidList(apiQuery);
  const group = useGroupForAid(state.filters.groupId);
  const { session } = useAuth();
  const canEdit = hasRole(session?.user.role, EDITOR_ROLES);
  useDocumentTitle(t('aid.title'));

  const all = { value: '', label: t('aid.filters.all') };
  const sortProps = {
    sort: state.sort,
    onSort: (column: string) => update({ sort: nextSort(state.sort, column) }),
    ascendingText: t('aid.sort.ascending'),
    descendingText: t('aid.sort.descending'),
  };

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('aid.title')}</h1>
        {query.data && (
          <p className="muted" aria-live="polite">
            {t('aid.count', { total: formatNumber(query.data.totalCount, locale) })}
          </p>
        )}
        <div className="page-actions page-header-action">
          <Link to="/aid-reports" className="button button-secondary">
            {t('aid.reports.nav')}
          </Link>
          {canEdit && (
            <Link to="/aid/new" className="button button-primary">
              {t('aid.add')}
            </Link>
          )}
        </div>
      </div>
      <section className="filters" aria-label={t('aid.filters.legend')}>
        {state.filters.groupId && (
          <p className="filter-chip">
            {t('aid.filters.groupOnly', { name: group.data?.name ?? state.filters.groupId })}{' '}
            <button type="button" className="button button-ghost button-small" onClick={() => update({}, { groupId: '' })}>
              {t('aid.filters.removeGroup')}
            </button>
          </p>
        )}
        <SearchBox
          id="aid-programme-filter"
          list="aid-programme-options"
          label={t('aid.filters.programme')}
          buttonLabel={t('aid.filters.apply')}
          {...searchBox('programme')}
        >
          <datalist id="aid-programme-options">
            {PROGRAMMES.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </SearchBox>
        <div className="filter-selects">
          <KecamatanSelect
            label={t('aid.filters.kecamatan')}
            {...filter('kecamatan')}
            blank={all.label}
          />
          <SelectField
            label={t('aid.filters.budgetYear')}
            {...filter('budgetYear')}
            options={[all, ...recentYears().map((y) => ({ value: String(y), label: String(y) }))]}
          />
          <SelectField
            label={t('aid.filters.status')}
            {...filter('status')}
            options={[all, ...labelOptions(statusLabels, t)]}
          />
        </div>
      </section>
      <PagedResults
        query={query}
        empty={t('aid.empty')}
        clearFilters={clearFilters(t('aid.clearFilters'))}
        onPageChange={setPage}
      >
        {(data) => (
          <div className="table-wrap" aria-busy={query.isPlaceholderData || undefined}>
            <table className="data-table">
              <caption className="visually-hidden">{t('aid.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('aid.columns.group')}</th>
                  <th scope="col">{t('aid.columns.kecamatan')}</th>
                  <th scope="col">{t('aid.columns.programme')}</th>
                  <SortHeader column="budgetYear" label={t('aid.columns.budgetYear')} {...sortProps} />
                  <SortHeader column="totalValue" label={t('aid.columns.total')} {...sortProps} />
                  <th scope="col">{t('aid.columns.status')}</th>
                  <SortHeader column="handedOverOn" label={t('aid.columns.handedOverOn')} {...sortProps} />
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row" className="cell-name">
                      <Link to={`/aid/${encodeURIComponent(a.id)}`}>{a.groupName}</Link>
                    </th>
                    <td>{a.kecamatanName}</td>
                    <td>{a.programme}</td>
                    <td>{a.budgetYear}</td>
                    <td className="num">{formatRupiah(a.totalValueIdr)}</td>
                    <td>
                      <StatusBadge family="aid" value={a.status} />
                    </td>
                    <td>{formatDate(a.handedOverOn, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
    </div>
  );
}
