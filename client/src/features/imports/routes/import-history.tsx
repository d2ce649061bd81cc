import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '@/components/form-field';
import { PagedResults } from '@/components/paged-results';
import { nextSort } from '@/components/sort-header';
import { formatNumber, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useImportHistory } from '../api/imports';
import { ImportHistoryTable } from '../components/import-history-table';
import { JOB_STATUSES } from '../components/labels';
import { historySpec } from '../utils/history-spec';
import '../imports.css';
import { statusLabel } from '@/lib/status-labels';

export default function ImportHistoryPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { state, query: listQuery, update, setPage, filtered, clearFilters, filter } = useListState(historySpec);
  const query = useImportHistory(listQuery as Parameters<typeof useImportHistory>[0]); // filter values from the URL; the server validates them
  useDocumentTitle(t('imports.history.title'));

  const all = { value: '', label: t('imports.history.filters.all') };

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
            {...filter('dryRun')}
            options={[all, { value: 'true', label: t('imports.history.type.dryRun') }, { value: 'false', label: t('imports.history.type.commit') }]}
          />
          <SelectField
            label={t('imports.history.filters.status')}
            {...filter('status')}
            options={[all, ...JOB_STATUSES.map((s) => ({ value: s, label: statusLabel('import', s, t) }))]}
          />
        </div>
      </section>
      <PagedResults
        query={query}
        empty={filtered ? t('imports.history.emptyFiltered') : t('imports.history.empty')}
        clearFilters={clearFilters(t('imports.history.clearFilters'))}
        onPageChange={setPage}
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
