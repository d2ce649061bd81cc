import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '@/components/form-field';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatNumber, formatRupiah, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOpenCasesByStage, useShippedPerQuarter, useStageDurations, useValueByCommodity } from '../api/export-reports';
import type { Commodity } from '../api/types';
import { COMMODITIES, commodityLabels, label, stageLabels } from '../components/labels';
import { ExportSubNav } from '../components/sub-nav';
import { formatUsd } from '../utils/format';

type QueryLike<T> = { isPending: boolean; isError: boolean; error: unknown; data?: T; refetch: () => unknown };

function Report<T>({ id, title, query, isEmpty, children }: { id: string; title: string; query: QueryLike<T>; isEmpty: (data: T) => boolean; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="ec-report" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError || query.data === undefined ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : isEmpty(query.data) ? (
        <EmptyState>{t('export-cases.reports.empty')}</EmptyState>
      ) : (
        <div className="table-wrap">{children(query.data)}</div>
      )}
    </section>
  );
}

export default function ExportReportsPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const n = (v: number | null | undefined) => formatNumber(v, locale);
  const [searchParams, setSearchParams] = useSearchParams();
  const yearText = searchParams.get('year') ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const byStage = useOpenCasesByStage();
  const durations = useStageDurations();
  const shipped = useShippedPerQuarter(year);
  const value = useValueByCommodity();
  useDocumentTitle(t('export-cases.reports.title'));
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);

  return (
    <div className="page ec-page">
      <h1>{t('export-cases.reports.title')}</h1>
      <ExportSubNav />

      <Report id="ec-r-stage" title={t('export-cases.reports.byStage')} query={byStage} isEmpty={(d) => d.items.length === 0}>
        {(data) => {
          const commodities = COMMODITIES.filter((c) => data.items.some((row) => c in (row.byCommodity ?? {})));
          return (
            <table className="data-table">
              <caption className="visually-hidden">{t('export-cases.reports.byStage')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('export-cases.fields.stage')}</th>
                  {commodities.map((c) => (
                    <th scope="col" className="ec-num" key={c}>
                      {label(commodityLabels, c, t)}
                    </th>
                  ))}
                  <th scope="col" className="ec-num">{t('export-cases.reports.total')}</th>
                  <th scope="col" className="ec-num">{t('export-cases.reports.overdue')}</th>
                  <th scope="col" className="ec-num">{t('export-cases.columns.target')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((row) => (
                  <tr key={row.stage}>
                    <th scope="row">{label(stageLabels, row.stage, t)}</th>
                    {commodities.map((c) => (
                      <td className="ec-num" key={c}>
                        {n((row.byCommodity as Partial<Record<Commodity, number>>)[c] ?? 0)}
                      </td>
                    ))}
                    <td className="ec-num">{n(row.total)}</td>
                    <td className="ec-num">{n(row.overdue)}</td>
                    <td className="ec-num">{row.targetDays ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('export-cases.reports.total')}</th>
                  {commodities.map((c) => (
                    <td className="ec-num" key={c}>
                      {n(data.items.reduce((sum, row) => sum + ((row.byCommodity as Partial<Record<Commodity, number>>)[c] ?? 0), 0))}
                    </td>
                  ))}
                  <td className="ec-num">{n(data.totalOpen)}</td>
                  <td className="ec-num">{n(data.totalOverdue)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          );
        }}
      </Report>

      <Report id="ec-r-durations" title={t('export-cases.reports.durations')} query={durations} isEmpty={(d) => d.length === 0}>
        {(rows) => (
          <table className="data-table">
            <caption className="visually-hidden">{t('export-cases.reports.durations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('export-cases.fields.stage')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.medianDays')}</th>
                <th scope="col" className="ec-num">{t('export-cases.columns.target')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.completedStays')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.currentCases')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.overdue')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.longestCurrent')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.stage}>
                  <th scope="row">{label(stageLabels, row.stage, t)}</th>
                  <td className="ec-num">{row.medianDays == null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(row.medianDays)}</td>
                  <td className="ec-num">{row.targetDays ?? '—'}</td>
                  <td className="ec-num">{n(row.completedStays)}</td>
                  <td className="ec-num">{n(row.currentCases)}</td>
                  <td className="ec-num">{n(row.overdueCases)}</td>
                  <td className="ec-num">{row.longestCurrentDays ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Report>

      <section className="ec-report" aria-labelledby="ec-r-year">
        <h2 id="ec-r-year" className="visually-hidden">{t('export-cases.reports.yearFilter')}</h2>
        <SelectField
          id="ec-report-year"
          label={t('export-cases.reports.year')}
          value={year ? String(year) : ''}
          onChange={(e) => {
            const search = new URLSearchParams(searchParams);
            if (e.target.value) search.set('year', e.target.value);
            else search.delete('year');
            setSearchParams(search, { replace: true });
          }}
          options={[{ value: '', label: t('export-cases.reports.allYears') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
        />
      </section>
      <Report id="ec-r-shipped" title={t('export-cases.reports.shipped')} query={shipped} isEmpty={(d) => d.length === 0}>
        {(rows) => (
          <table className="data-table">
            <caption className="visually-hidden">{t('export-cases.reports.shipped')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('export-cases.reports.quarter')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.casesShipped')}</th>
                <th scope="col" className="ec-num">{t('export-cases.fields.estimatedValueIdr')}</th>
                <th scope="col" className="ec-num">{t('export-cases.fields.estimatedValueUsd')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.quarter}>
                  <th scope="row">{t('export-cases.reports.quarterName', { quarter: row.quarterOfYear, year: row.year })}</th>
                  <td className="ec-num">{n(row.casesShipped)}</td>
                  <td className="ec-num">{formatRupiah(row.estimatedValueIdr)}</td>
                  <td className="ec-num">{formatUsd(row.estimatedValueUsd, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Report>

      <Report id="ec-r-value" title={t('export-cases.reports.value')} query={value} isEmpty={(d) => d.length === 0}>
        {(rows) => (
          <table className="data-table">
            <caption className="visually-hidden">{t('export-cases.reports.value')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('export-cases.fields.commodity')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.cases')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.openCases')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.shippedCases')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.assistedIdr')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.assistedUsd')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.shippedIdr')}</th>
                <th scope="col" className="ec-num">{t('export-cases.reports.shippedUsd')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.commodity}>
                  <th scope="row">{label(commodityLabels, row.commodity, t)}</th>
                  <td className="ec-num">{n(row.cases)}</td>
                  <td className="ec-num">{n(row.openCases)}</td>
                  <td className="ec-num">{n(row.shippedCases)}</td>
                  <td className="ec-num">{formatRupiah(row.assistedValueIdr)}</td>
                  <td className="ec-num">{formatUsd(row.assistedValueUsd, locale)}</td>
                  <td className="ec-num">{formatRupiah(row.shippedValueIdr)}</td>
                  <td className="ec-num">{formatUsd(row.shippedValueUsd, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Report>
    </div>
  );
}
