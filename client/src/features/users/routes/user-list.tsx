import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '@/components/form-field';
import { SearchBox } from '@/components/search-box';
import { PagedResults } from '@/components/paged-results';
import { formatDateTime, formatNumber, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useUsers } from '../api/list-users';
import { roleValues } from '../api/types';
import { accountStatus, roleLabel } from '../components/labels';
import { userListSpec } from '../utils/list-params';
import '../users.css';
import { StatusBadge } from '@/components/status-badge';

export default function UserListPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { query: listQuery, setPage, clearFilters, filter, searchBox } = useListState(userListSpec);
  const query = useUsers(listQuery as Parameters<typeof useUsers>[0]); // filter values from the URL; the server validates them
  useDocumentTitle(t('users.title'));

  const all = { value: '', label: t('users.filters.all') };

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('users.title')}</h1>
        {query.data && (
          <p className="muted" aria-live="polite">
            {t('users.count', { total: formatNumber(query.data.totalCount, locale) })}
          </p>
        )}
        <Link to="/users/new" className="button button-primary page-header-action">
          {t('users.add')}
        </Link>
      </div>
      <section className="filters" aria-label={t('users.filters.legend')}>
        <SearchBox
          id="user-search"
          name="q"
          label={t('users.filters.q')}
          buttonLabel={t('users.filters.search')}
          {...searchBox('q')}
        />
        <div className="filter-selects">
          <SelectField
            label={t('users.filters.role')}
            name="role"
            {...filter('role')}
            options={[all, ...roleValues.map((role) => ({ value: role, label: roleLabel(role, t) }))]}
          />
          <SelectField
            label={t('users.filters.active')}
            name="active"
            {...filter('active')}
            options={[
              all,
              { value: 'true', label: t('status.user.active') },
              { value: 'false', label: t('status.user.disabled') },
            ]}
          />
        </div>
      </section>
      <PagedResults
        query={query}
        empty={t('users.empty')}
        clearFilters={clearFilters(t('users.clearFilters'))}
        onPageChange={setPage}
      >
        {(data) => (
          <div className="table-wrap" aria-busy={query.isPlaceholderData || undefined}>
            <table className="data-table">
              <caption className="visually-hidden">{t('users.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.columns.name')}</th>
                  <th scope="col">{t('users.columns.email')}</th>
                  <th scope="col">{t('users.columns.role')}</th>
                  <th scope="col">{t('users.columns.status')}</th>
                  <th scope="col">{t('users.columns.lastLogin')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((user) => {
                  const status = accountStatus(user);
                  return (
                    <tr key={user.id}>
                      <td className="cell-name">
                        <Link to={`/users/${encodeURIComponent(user.id)}`}>{user.name}</Link>
                      </td>
                      <td>{user.email}</td>
                      <td>{roleLabel(user.role, t)}</td>
                      <td>
                        <StatusBadge family="user" value={status} />
                      </td>
                      <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t('users.never')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
    </div>
  );
}
