import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { formatDate, formatRupiah, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLoan } from '../api/loans';
import { bankLabels, label, productLabels } from '../components/labels';
import { LoanStatusActions } from '../components/loan-status-actions';
import '../loans.css';
import { StatusBadge } from '@/components/status-badge';

export default function LoanDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { id = '' } = useParams();
  const { session } = useAuth();
  const canEdit = hasRole(session?.user.role, EDITOR_ROLES);
  const query = useLoan(id);
  const location = useLocation();
  const saved = (location.state as { saved?: 'created' } | null)?.saved;
  const title = query.data ? t('loans.detail.title', { name: query.data.loan.businessName }) : undefined;
  useDocumentTitle(title);
  const back = (
    <p>
      <Link to="/loans" className="back-link">
        ← {t('loans.backToList')}
      </Link>
    </p>
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="page">
        {back}
        <ErrorState error={query.error} message={notFound ? t('loans.notFound') : undefined} onRetry={notFound ? undefined : () => void query.refetch()} />
      </div>
    );
  }
  const { loan, etag } = query.data;
  const row = (term: string, value: string) => (
    <div className="detail-item">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <div className="page">
      {back}
      <div className="page-header">
        <h1>{title}</h1>
        <StatusBadge family="loan" value={loan.status} />
      </div>
      {saved && (
        <div className="alert alert-success" role="status">
          {t('loans.detail.created')}
        </div>
      )}
      <section className="detail-section">
        <h2>{t('loans.detail.about')}</h2>
        <dl className="detail-list">
          <div className="detail-item">
            <dt>{t('loans.fields.business')}</dt>
            <dd>
              <Link to={`/businesses/${encodeURIComponent(loan.businessId)}?tab=loans`}>{loan.businessName}</Link>
            </dd>
          </div>
          {row(t('loans.fields.bank'), label(bankLabels, loan.bank, t))}
          {row(t('loans.fields.product'), label(productLabels, loan.product, t))}
          {row(t('loans.fields.purpose'), loan.purpose)}
          {row(t('loans.fields.amountRequested'), formatRupiah(loan.amountRequestedIdr))}
          {row(t('loans.fields.amountApproved'), formatRupiah(loan.amountApprovedIdr))}
          {row(t('loans.fields.amountDisbursed'), formatRupiah(loan.amountDisbursedIdr))}
          {loan.rejectionReason ? row(t('loans.fields.rejectionReason'), loan.rejectionReason) : null}
        </dl>
      </section>
      <section className="detail-section">
        <h2>{t('loans.detail.timeline')}</h2>
        <dl className="detail-list">
          {row(t('loans.fields.referredOn'), formatDate(loan.referredOn, locale))}
          {row(t('loans.fields.submittedOn'), formatDate(loan.submittedOn, locale))}
          {row(t('loans.fields.decidedOn'), formatDate(loan.decidedOn, locale))}
          {row(t('loans.fields.disbursedOn'), formatDate(loan.disbursedOn, locale))}
        </dl>
      </section>
      {canEdit && etag && <LoanStatusActions key={loan.version} loan={loan} etag={etag} onReload={() => void query.refetch()} />}
    </div>
  );
}
