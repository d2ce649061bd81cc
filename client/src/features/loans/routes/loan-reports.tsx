import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '@/components/form-field';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatNumber, formatRupiah, localeFor } from '@/lib/format';
import { isYear } from '@/lib/list-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useApprovalRates, useDisbursedByQuarter } from '../api/loans';
import { bankLabels, label, productLabels, recentYears } from '../components/labels';
import '../loans.css';

export default function LoanReportsPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('year') ?? '';
  const year = isYear(raw) ? Number(raw) : new Date().getFullYear();
  const rates = useApprovalRates(year);
  const quarters = useDisbursedByQuarter(year);
  useDocumentTitle(t('loans.reports.title'));
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  const years = recentYears();
  if (!years.includes(year)) years.push(year);

  return (
    <div className="page">
      <p>
        <Link to="/loans" className="back-link">
          ← {t('loans.backToList')}
        </Link>
      </p>
      <h1>{t('loans.reports.title')}</h1>
      <div className="filter-selects">
        <SelectField label={t('loans.reports.year')} value={String(year)} onChange={(e) => setSearchParams({ year: e.target.value }, { replace: true })} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      </div>
      <section className="detail-section" aria-labelledby="lr-rates">
        <h2 id="lr-rates">{t('loans.reports.rates.title', { year })}</h2>
        <p className="muted small">{t('loans.reports.rates.intro')}</p>
        {rates.isPending ? (
          <LoadingState />
        ) : rates.isError ? (
          <ErrorState error={rates.error} onRetry={() => void rates.refetch()} />
        ) : rates.data.length === 0 ? (
          <EmptyState>{t('loans.reports.empty')}</EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('loans.reports.rates.title', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('loans.columns.bank')}</th>
                  <th scope="col">{t('loans.columns.product')}</th>
                  <th scope="col" className="num">{t('loans.reports.rates.referrals')}</th>
                  <th scope="col" className="num">{t('loans.reports.rates.pending')}</th>
                  <th scope="col" className="num">{t('loans.reports.rates.approved')}</th>
                  <th scope="col" className="num">{t('loans.reports.rates.rejected')}</th>
                  <th scope="col" className="num">{t('loans.reports.rates.rate')}</th>
                  <th scope="col" className="num">{t('loans.reports.rates.requested')}</th>
                  <th scope="col" className="num">{t('loans.reports.rates.approvedAmount')}</th>
                </tr>
              </thead>
              <tbody>
                {rates.data.map((line) => (
                  <tr key={`${line.bank}-${line.product}`}>
                    <th scope="row">{label(bankLabels, line.bank, t)}</th>
                    <td>{label(productLabels, line.product, t)}</td>
                    <td className="num">{formatNumber(line.referrals, locale)}</td>
                    <td className="num">{formatNumber(line.pending, locale)}</td>
                    <td className="num">{formatNumber(line.approved, locale)}</td>
                    <td className="num">{formatNumber(line.rejected, locale)}</td>
                    <td className="num">{percent(line.approvalRate)}</td>
                    <td className="num">{formatRupiah(line.amountRequestedIdr)}</td>
                    <td className="num">{formatRupiah(line.amountApprovedIdr)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="detail-section" aria-labelledby="lr-quarters">
        <h2 id="lr-quarters">{t('loans.reports.quarters.title', { year })}</h2>
        {quarters.isPending ? (
          <LoadingState />
        ) : quarters.isError ? (
          <ErrorState error={quarters.error} onRetry={() => void quarters.refetch()} />
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('loans.reports.quarters.title', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('loans.reports.quarters.quarter')}</th>
                  <th scope="col" className="num">{t('loans.reports.quarters.loans')}</th>
                  <th scope="col" className="num">{t('loans.reports.quarters.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {quarters.data.quarters.map((q) => (
                  <tr key={q.number}>
                    <th scope="row">{t('loans.reports.quarters.name', { number: q.number })}</th>
                    <td className="num">{formatNumber(q.loans, locale)}</td>
                    <td className="num">{formatRupiah(q.amountDisbursedIdr)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('loans.reports.quarters.total')}</th>
                  <td className="num">{formatNumber(quarters.data.loans, locale)}</td>
                  <td className="num">
                    <strong>{formatRupiah(quarters.data.amountDisbursedIdr)}</strong>
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
