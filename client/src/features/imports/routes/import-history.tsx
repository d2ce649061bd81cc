import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '@/components/form-field';
import { PagedResults } from '@/components/paged-results';
import { nextSort } from '@/components/sort-header';
import { formatNumber, localeFor } from '@/lib/format';
import { hasAnyFilter, parseListState, toListQuery, toListSearch, type ListState } from '@/lib/list-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useImportHistory } from '../api/imports';
import { ImportHistoryTable } from '../components/import-history-table';
import { JOB_STATUSES, jobStatusLabel } from '../components/labels';
import { historySpec, type HistoryFilter } from '../utils/history-spec';
import '../imports.css';

export default function ImportHistoryPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const [searchParams, setSearchParams] = useSearchParams();
  const state = parseListState(historySpec, searchParams);
  const query = useImportHistory(toListQuery(state));
  useDocumentTitle(t('imports.history.title'));

  function update(changes: Partial<ListState<HistoryFilter>>, filters: Partial<Record<HistoryFilter, string>> = {}) {
    setSearchParams(toListSearch(historySpec, { ...state, page: 1, ...changes, filters: { ...state.filters, ...filters } }));
  }
  const all = { value: '', label: t('imports.history.filters.all') };
  const filtered = hasAnyFilter(state);

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('imports.history.title')}</h1>
        {query.data && (
          <p className="muted" aria-live="polite">
            {t('imports.history.count', { total: formatNumber(query.data.totalCount, locale) })}
          </p>
        )}
        <div className="page-actions page-header-action">
          <Link to="/imports" className="button button-primary">
            {t('imports.history.newImport')}
          </Link>
        </div>
      </div>
      <p className="muted">{t('imports.history.intro')}</p>
      <section className="filters" aria-label={t('imports.history.filters.legend')}>
        <div className="filter-selects">
          <SelectField
            label={t('imports.history.filters.type')}
            value={state.filters.dryRun}
            onChange={(e) => update({}, { dryRun: e.target.value })}
            options={[all, { value: 'true', label: t('imports.history.type.dryRun') }, { value: 'false', label: t('imports.history.type.commit') }]}
          />
          <SelectField
            label={t('imports.history.filters.status')}
            value={state.filters.status}
            onChange={(e) => update({}, { status: e.target.value })}
            options={[all, ...JOB_STATUSES.map((s) => ({ value: s, label: jobStatusLabel(s, t) }))]}
          />
        </div>
      </section>
      <PagedResults
        query={query}
        empty={filtered ? t('imports.history.emptyFiltered') : t('imports.history.empty')}
        clearFilters={filtered ? { label: t('imports.history.clearFilters'), onClear: () => setSearchParams(new URLSearchParams()) } : undefined}
        onPageChange={(page) => update({ page })}
      >
        {(data) => (
          <ImportHistoryTable
            items={data.items}
            busy={query.isPlaceholderData}
            sortProps={{
              sort: state.sort,
              onSort: (column) => update({ sort: nextSort(state.sort, column) }),
              ascendingText: t('imports.history.sort.ascending'),
              descendingText: t('imports.history.sort.descending'),
            }}
          />
        )}
      </PagedResults>
    </div>
  );
}
