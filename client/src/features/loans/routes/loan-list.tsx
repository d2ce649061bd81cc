import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BusinessPicker } from '@/components/business-picker';
import { SelectField } from '@/components/form-field';
import { PagedResults } from '@/components/paged-results';
import { nextSort, SortHeader } from '@/components/sort-header';
import { useAuth } from '@/lib/auth/auth-context';
import { labelOptions } from '@/lib/status-labels';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { formatDate, formatNumber, formatRupiah, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useBusinessName, useLoans } from '../api/loans';
import { bankLabels, label, productLabels, statusLabels } from '../components/labels';
import { pickerTexts } from '../components/picker-texts';
import { loanListSpec } from '../utils/list-spec';
import '../loans.css';
import { StatusBadge } from '@/components/status-badge';

export default function LoanListPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { state, query: listQuery, update, setPage, clearFilters, filter } = useListState(loanListSpec);
  const query = useLoans(listQuery as Parameters<typeof useLoans>[0]); // filter values from the URL; the server validates them
  const business = useBusinessName(state.filters.businessId);
  const { session } = useAuth();
  const canEdit = hasRole(session?.user.role, EDITOR_ROLES);
  useDocumentTitle(t('loans.title'));

  const all = { value: '', label: t('loans.filters.all') };
  const sortProps = {
    sort: state.sort,
    onSort: (column: string) => update({ sort: nextSort(state.sort, column) }),
    ascendingText: t('loans.sort.ascending'),
    descendingText: t('loans.sort.descending'),
  };
  const picked = state.filters.businessId ? { id: state.filters.businessId, name: business.data?.name ?? state.filters.businessId } : null;

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('loans.title')}</h1>
        {query.data && (
          <p className="muted" aria-live="polite">
            {t('loans.count', { total: formatNumber(query.data.totalCount, locale) })}
          </p>
        )}
        <div className="page-actions page-header-action">
          <Link to="/loans/reports" className="button button-secondary">
            {t('loans.reports.nav')}
          </Link>
          {canEdit && (
            <Link to="/loans/new" className="button button-primary">
              {t('loans.add')}
            </Link>
          )}
        </div>
      </div>
      <section className="filters" aria-label={t('loans.filters.legend')}>
        <BusinessPicker texts={pickerTexts(t, t('loans.filters.business'))} value={picked} onChange={(b) => update({}, { businessId: b?.id ?? '' })} />
        <div className="filter-selects">
          <SelectField label={t('loans.filters.bank')} {...filter('bank')} options={[all, ...labelOptions(bankLabels, t)]} />
          <SelectField label={t('loans.filters.product')} {...filter('product')} options={[all, ...labelOptions(productLabels, t)]} />
          <SelectField label={t('loans.filters.status')} {...filter('status')} options={[all, ...labelOptions(statusLabels, t)]} />
        </div>
      </section>
      <PagedResults
        query={query}
        empty={t('loans.empty')}
        clearFilters={clearFilters(t('loans.clearFilters'))}
        onPageChange={setPage}
      >
        {(data) => (
          <div className="table-wrap" aria-busy={query.isPlaceholderData || undefined}>
            <table className="data-table">
              <caption className="visually-hidden">{t('loans.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('loans.columns.business')}</th>
                  <th scope="col">{t('loans.columns.bank')}</th>
                  <th scope="col">{t('loans.columns.product')}</th>
                  <SortHeader column="amountRequested" label={t('loans.columns.amountRequested')} {...sortProps} />
                  <th scope="col">{t('loans.columns.status')}</th>
                  <SortHeader column="referredOn" label={t('loans.columns.referredOn')} {...sortProps} />
                </tr>
              </thead>
              <tbody>
                {data.items.map((l) => (
                  <tr key={l.id}>
                    <th scope="row" className="cell-name">
                      <Link to={`/loans/${encodeURIComponent(l.id)}`}>{l.businessName}</Link>
                    </th>
                    <td>{label(bankLabels, l.bank, t)}</td>
                    <td>{label(productLabels, l.product, t)}</td>
                    <td className="num">{formatRupiah(l.amountRequestedIdr)}</td>
                    <td>
                      <StatusBadge family="loan" value={l.status} />
                    </td>
                    <td>{formatDate(l.referredOn, locale)}</td>
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
