import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useChangeBusinessStatus } from '../api/change-business-status';
import { useBusiness } from '../api/get-business';
import { BusinessTabs } from '../components/business-tabs';

export default function BusinessDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { session } = useAuth();
  const query = useBusiness(id);
  const changeStatus = useChangeBusinessStatus(id);
  useDocumentTitle(query.data?.business.name);
  const canChange = hasRole(session?.user.role, EDITOR_ROLES);
  const location = useLocation();
  const saved = (location.state as { saved?: 'created' | 'updated' } | null)?.saved;

  const back = (
    <p>
      <Link to="/businesses" className="back-link">
        ← {t('businesses.detail.back')}
      </Link>
    </p>
  );

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="page">
        {back}
        <ErrorState
          error={query.error}
          message={notFound ? t('businesses.detail.notFound') : undefined}
          onRetry={notFound ? undefined : () => void query.refetch()}
        />
      </div>
    );
  }

  const { business, etag } = query.data;
  const stale = changeStatus.error instanceof ApiError && changeStatus.error.status === 412;
  const change = business.status === 'active' ? 'deactivate' : 'reactivate';

  return (
    <div className="page">
      {back}
      <div className="page-header">
        <h1>{business.name}</h1>
        {canChange && (
          <div className="page-actions">
            <Link to={`/businesses/${encodeURIComponent(business.id)}/edit`} className="button button-primary">
              {t('businesses.detail.edit')}
            </Link>
            {etag && (
              <button
                type="button"
                className="button button-secondary"
                disabled={changeStatus.isPending}
                onClick={() => changeStatus.mutate({ etag, change })}
              >
                {change === 'deactivate' ? t('businesses.detail.deactivate') : t('businesses.detail.reactivate')}
              </button>
            )}
          </div>
        )}
      </div>
      {stale && (
        <div className="alert alert-warning" role="alert">
          <p>{t('businesses.detail.stale')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              changeStatus.reset();
              void query.refetch();
            }}
          >
            {t('businesses.detail.reload')}
          </button>
        </div>
      )}
      {changeStatus.isError && !stale && <ErrorState error={changeStatus.error} />}
      {saved && !changeStatus.isSuccess && (
        <div className="alert alert-success" role="status">
          {saved === 'created' ? t('businesses.detail.created') : t('businesses.detail.updated')}
        </div>
      )}
      {changeStatus.isSuccess && (
        <div className="alert alert-success" role="status">
          {t('businesses.detail.statusChanged')}
        </div>
      )}
      <BusinessTabs business={business} etag={etag} />
    </div>
  );
}
