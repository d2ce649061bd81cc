import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '@/components/form-field';
import { SearchBox } from '@/components/search-box';
import { KecamatanSelect } from '@/components/kecamatan-select';
import { PagedResults } from '@/components/paged-results';
import { ReadinessMatrix } from '@/components/readiness-matrix';
import { formatNumber, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useReadinessList } from '../api/ekatalog';
import { label, requirementLabel, requirementLabels, statusLabels } from '../components/labels';
import { readinessListSpec, readyOf, toApiQuery } from '../utils/list-params';
import { REQUIREMENT_CODES, STATUS_VALUES } from '../utils/workflow';
import '../ekatalog.css';
import { StatusBadge } from '@/components/status-badge';

/** "Menuju e-katalog": businesses by readiness, almost ready first, so officers know whom to call. */
export default function ReadinessListPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { state, update: change, setPage, clear } = useListState(readinessListSpec);
  const params = state.filters;
  const ready = readyOf(state);
  const query = useReadinessList(toApiQuery(state));
  useDocumentTitle(t('ekatalog.list.title'));

  const update = (filters: Partial<typeof params>) => change({}, filters);
  /** "false" is the default: the URL leaves it out. */
  const setReady = (value: string) => (value === 'false' ? '' : value);
  const all = { value: '', label: t('ekatalog.list.all') };
  // The kecamatan x requirement table is fetched only once opened.
  const [matrixOpen, setMatrixOpen] = useState(false);

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('ekatalog.list.title')}</h1>
        {query.data && (
          <p className="muted" aria-live="polite">
            {t('ekatalog.list.count', { total: formatNumber(query.data.totalCount, locale) })}
          </p>
        )}
      </div>
      <p className="readiness-goal">{t('ekatalog.list.goal')}</p>
      <div className="quick-filters" role="group" aria-label={t('ekatalog.list.quick')}>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={ready === 'false' && params.maxMissing === '1'}
          onClick={() => update({ ready: '', maxMissing: '1' })}
        >
          {t('ekatalog.list.almostReady')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={ready === 'true'}
          onClick={() => update({ ready: 'true', maxMissing: '' })}
        >
          {t('ekatalog.list.readyToSubmit')}
        </button>
      </div>
      <details className="readiness-matrix-details" onToggle={(e) => setMatrixOpen(e.currentTarget.open)}>
        <summary>{t('ekatalog.matrix.summary')}</summary>
        {matrixOpen && (
          <ReadinessMatrix
            caption={t('ekatalog.matrix.caption')}
            requirementLabel={(code) => requirementLabel(code, t)}
            linkTo={(missing, kecamatan) => `/ekatalog?${new URLSearchParams({ missing, kecamatan }).toString()}`}
          />
        )}
      </details>
      <section className="filters" aria-label={t('ekatalog.list.filters')}>
        <SearchBox
          id="readiness-search"
          label={t('ekatalog.list.q')}
          buttonLabel={t('ekatalog.list.search')}
          initial={params.q}
          onSearch={(q) => update({ q })}
        />
        <div className="filter-selects">
          <SelectField
            label={t('ekatalog.list.ready')}
            name="ready"
            value={ready}
            onChange={(e) => update({ ready: setReady(e.target.value) })}
            options={[
              { value: 'false', label: t('ekatalog.list.readyFalse') },
              { value: 'true', label: t('ekatalog.list.readyTrue') },
              { value: 'all', label: t('ekatalog.list.all') },
            ]}
          />
          <SelectField
            label={t('ekatalog.list.maxMissing')}
            name="maxMissing"
            value={params.maxMissing}
            onChange={(e) => update({ maxMissing: e.target.value })}
            options={[
              all,
              { value: '1', label: t('ekatalog.list.atMost', { count: 1 }) },
              { value: '2', label: t('ekatalog.list.atMost', { count: 2 }) },
              { value: '3', label: t('ekatalog.list.atMost', { count: 3 }) },
            ]}
          />
          <SelectField
            label={t('ekatalog.list.missing')}
            name="missing"
            value={params.missing}
            onChange={(e) => update({ missing: e.target.value })}
            options={[all, ...REQUIREMENT_CODES.map((code) => ({ value: code, label: label(requirementLabels, code, t) }))]}
          />
          <KecamatanSelect
            label={t('ekatalog.list.kecamatan')}
            name="kecamatan"
            value={params.kecamatan}
            onChange={(e) => update({ kecamatan: e.target.value })}
            blank={all.label}
          />
          <SelectField
            label={t('ekatalog.list.ekatalogStatus')}
            name="ekatalogStatus"
            value={params.ekatalogStatus}
            onChange={(e) => update({ ekatalogStatus: e.target.value })}
            options={[all, ...STATUS_VALUES.map((s) => ({ value: s, label: label(statusLabels, s, t) }))]}
          />
          <SelectField
            label={t('ekatalog.list.sort')}
            name="sort"
            value={state.sort}
            onChange={(e) => change({ sort: e.target.value })}
            options={[
              { value: 'missingCount', label: t('ekatalog.list.sortFewest') },
              { value: '-missingCount', label: t('ekatalog.list.sortMost') },
              { value: 'name', label: t('ekatalog.list.sortName') },
              { value: '-name', label: t('ekatalog.list.sortNameDesc') },
            ]}
          />
        </div>
      </section>
      <PagedResults
        query={query}
        empty={t('ekatalog.list.empty')}
        clearFilters={{ label: t('ekatalog.list.clear'), onClear: clear }}
        onPageChange={setPage}
      >
        {(data) => (
          <div className="table-wrap" aria-busy={query.isPlaceholderData || undefined}>
            <table className="data-table">
              <caption className="visually-hidden">{t('ekatalog.list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ekatalog.list.columns.name')}</th>
                  <th scope="col">{t('ekatalog.list.columns.kecamatan')}</th>
                  <th scope="col">{t('ekatalog.list.columns.status')}</th>
                  <th scope="col">{t('ekatalog.list.columns.missingCount')}</th>
                  <th scope="col">{t('ekatalog.list.columns.missing')}</th>
                  <th scope="col">{t('ekatalog.list.columns.expiring')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.businessId}>
                    <th scope="row" className="cell-name">
                      <Link to={`/businesses/${encodeURIComponent(item.businessId)}?tab=ekatalog`}>{item.businessName}</Link>
                    </th>
                    <td>{item.kecamatanName}</td>
                    <td>
                      <StatusBadge family="ekatalog" value={item.ekatalogStatus} />
                    </td>
                    <td>{item.isReady ? t('ekatalog.list.isReady') : formatNumber(item.missingCount, locale)}</td>
                    <td>{item.missing.length ? item.missing.map((code) => requirementLabel(code, t)).join(', ') : '—'}</td>
                    <td>{item.expiring.length ? item.expiring.map((code) => requirementLabel(code, t)).join(', ') : '—'}</td>
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
