import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import type { BusinessTabProps } from '@/lib/features/types';
import { formatDate, formatRupiah, localeFor } from '@/lib/format';
import { useBusinessLoans } from '../api/loans';
import { bankLabels, label, productLabels } from '../components/labels';
import '../loans.css';
import { StatusBadge } from '@/components/status-badge';

/** Business page tab "Kredit": the bank loans the office helped this business apply for. */
export default function BusinessLoansTab({ business }: BusinessTabProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { session } = useAuth();
  const canEdit = hasRole(session?.user.role, EDITOR_ROLES) && business.status === 'active';
  const loans = useBusinessLoans(business.id);
  return (
    <section className="detail-section" aria-labelledby="bl-title">
      <div className="page-header">
        <h2 id="bl-title">{t('loans.tab.title')}</h2>
        {canEdit && (
          <Link to={`/loans/new?businessId=${encodeURIComponent(business.id)}`} className="button button-primary page-header-action">
            {t('loans.tab.refer')}
          </Link>
        )}
      </div>
      <p className="muted small">{t('loans.tab.note')}</p>
      {loans.isPending ? (
        <LoadingState />
      ) : loans.isError ? (
        <ErrorState error={loans.error} onRetry={() => void loans.refetch()} />
      ) : loans.data.length === 0 ? (
        <EmptyState>{t('loans.tab.empty')}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('loans.tab.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('loans.columns.referredOn')}</th>
                <th scope="col">{t('loans.columns.bank')}</th>
                <th scope="col">{t('loans.columns.product')}</th>
                <th scope="col" className="num">{t('loans.columns.amountRequested')}</th>
                <th scope="col" className="num">{t('loans.fields.amountDisbursed')}</th>
                <th scope="col">{t('loans.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {loans.data.map((l) => (
                <tr key={l.id}>
                  <th scope="row">
                    <Link to={`/loans/${encodeURIComponent(l.id)}`}>{formatDate(l.referredOn, locale)}</Link>
                  </th>
                  <td>{label(bankLabels, l.bank, t)}</td>
                  <td>{label(productLabels, l.product, t)}</td>
                  <td className="num">{formatRupiah(l.amountRequestedIdr)}</td>
                  <td className="num">{formatRupiah(l.amountDisbursedIdr)}</td>
                  <td>
                    <StatusBadge family="loan" value={l.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
