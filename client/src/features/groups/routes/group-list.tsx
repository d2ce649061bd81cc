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
import { formatDate, formatNumber, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useGroups } from '../api/groups';
import { kindLabels, label, statusLabels } from '../components/labels';
import { groupListSpec } from '../utils/list-spec';
import '../groups.css';

export default function GroupListPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { state, query: listQuery, update, setPage, clearFilters, filter, searchBox } = useListState(groupListSpec);
  const query = useGroups(listQuery as Parameters<typeof useGroups>[0]); // filter values from the URL; the server validates them
  const { session } = useAuth();
  const canEdit = hasRole(session?.user.role, EDITOR_ROLES);
  useDocumentTitle(t('groups.title'));

  const all = { value: '', label: t('groups.filters.all') };
  const sortProps = {
    sort: state.sort,
    onSort: (column: string) => update({ sort: nextSort(state.sort, column) }),
    ascendingText: t('groups.sort.ascending'),
    descendingText: t('groups.sort.descending'),
  };

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('groups.title')}</h1>
        {query.data && (
          <p className="muted" aria-live="polite">
            {t('groups.count', { total: formatNumber(query.data.totalCount, locale) })}
          </p>
        )}
        {canEdit && (
          <Link to="/groups/new" className="button button-primary page-header-action">
            {t('groups.add')}
          </Link>
        )}
      </div>
      <section className="filters" aria-label={t('groups.filters.legend')}>
        <SearchBox
          id="group-search"
          name="q"
          label={t('groups.filters.q')}
          buttonLabel={t('groups.filters.search')}
          {...searchBox('q')}
        />
        <div className="filter-selects">
          <KecamatanSelect
            label={t('groups.filters.kecamatan')}
            name="kecamatan"
            {...filter('kecamatan')}
            blank={all.label}
          />
          <SelectField
            label={t('groups.filters.kind')}
            name="kind"
            {...filter('kind')}
            options={[all, ...labelOptions(kindLabels, t)]}
          />
          <SelectField
            label={t('groups.filters.status')}
            name="status"
            {...filter('status')}
            options={[all, ...labelOptions(statusLabels, t)]}
          />
        </div>
      </section>
      <PagedResults
        query={query}
        empty={t('groups.empty')}
        clearFilters={clearFilters(t('groups.clearFilters'))}
        onPageChange={setPage}
      >
        {(data) => (
          <div className="table-wrap" aria-busy={query.isPlaceholderData || undefined}>
            <table className="data-table">
              <caption className="visually-hidden">{t('groups.caption')}</caption>
              <thead>
                <tr>
                  <SortHeader column="name" label={t('groups.columns.name')} {...sortProps} />
                  <th scope="col">{t('groups.columns.kind')}</th>
                  <SortHeader column="kecamatan" label={t('groups.columns.kecamatan')} {...sortProps} />
                  <th scope="col">{t('groups.columns.leader')}</th>
                  <th scope="col">{t('groups.columns.members')}</th>
                  <SortHeader column="formedOn" label={t('groups.columns.formedOn')} {...sortProps} />
                </tr>
              </thead>
              <tbody>
                {data.items.map((g) => (
                  <tr key={g.id}>
                    <th scope="row" className="cell-name">
                      <Link to={`/groups/${encodeURIComponent(g.id)}`}>{g.name}</Link>
                      {g.status === 'inactive' && <span className="badge badge-muted">{label(statusLabels, g.status, t)}</span>}
                    </th>
                    <td>{label(kindLabels, g.kind, t)}</td>
                    <td>{g.kecamatanName}</td>
                    <td>{g.leaderBusinessName}</td>
                    <td>{formatNumber(g.memberCount, locale)}</td>
                    <td>{formatDate(g.formedOn, locale)}</td>
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
