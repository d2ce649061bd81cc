import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { formatDate, formatNumber, formatRupiah, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useGroup, useGroupAid } from '../api/groups';
import { AidTable } from '../components/aid-table';
import { GroupMembers } from '../components/group-members';
import { kindLabels, label, statusLabels } from '../components/labels';
import '../groups.css';

export default function GroupDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { id = '' } = useParams();
  const { session } = useAuth();
  const canEdit = hasRole(session?.user.role, EDITOR_ROLES);
  const query = useGroup(id);
  const aid = useGroupAid(id);
  const location = useLocation();
  const saved = (location.state as { saved?: 'created' | 'updated' } | null)?.saved;
  useDocumentTitle(query.data?.group.name);
  const back = (
    <p>
      <Link to="/groups" className="back-link">
        ← {t('groups.backToList')}
      </Link>
    </p>
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="page">
        {back}
        <ErrorState error={query.error} message={notFound ? t('groups.notFound') : undefined} onRetry={notFound ? undefined : () => void query.refetch()} />
      </div>
    );
  }
  const { group } = query.data;
  const delivered = (aid.data?.items ?? []).filter((a) => a.status === 'delivered').reduce((sum, a) => sum + a.totalValueIdr, 0);
  return (
    <div className="page">
      {back}
      <div className="page-header">
        <h1>{group.name}</h1>
        {canEdit && (
          <div className="page-actions">
            <Link to={`/groups/${encodeURIComponent(group.id)}/edit`} className="button button-primary">
              {t('groups.detail.edit')}
            </Link>
            {group.status === 'active' && (
              <Link to={`/aid/new?groupId=${encodeURIComponent(group.id)}`} className="button button-secondary">
                {t('groups.detail.recordAid')}
              </Link>
            )}
          </div>
        )}
      </div>
      {saved && (
        <div className="alert alert-success" role="status">
          {saved === 'created' ? t('groups.detail.created') : t('groups.detail.updated')}
        </div>
      )}
      <section className="detail-section">
        <h2>{t('groups.detail.about')}</h2>
        <dl className="detail-list">
          <div className="detail-item">
            <dt>{t('groups.fields.kind')}</dt>
            <dd>{label(kindLabels, group.kind, t)}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('groups.fields.kecamatan')}</dt>
            <dd>{group.kecamatanName}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('groups.fields.leader')}</dt>
            <dd>
              <Link to={`/businesses/${encodeURIComponent(group.leaderBusinessId)}`}>{group.leaderBusinessName}</Link>
            </dd>
          </div>
          <div className="detail-item">
            <dt>{t('groups.fields.formedOn')}</dt>
            <dd>{formatDate(group.formedOn, locale)}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('groups.fields.status')}</dt>
            <dd>{label(statusLabels, group.status, t)}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('groups.fields.memberCount')}</dt>
            <dd>{formatNumber(group.memberCount, locale)}</dd>
          </div>
        </dl>
      </section>
      <GroupMembers groupId={group.id} canEdit={canEdit} />
      <section className="detail-section" aria-labelledby="group-aid-title">
        <h2 id="group-aid-title">{t('groups.aid.title')}</h2>
        {aid.isPending ? (
          <LoadingState />
        ) : aid.isError ? (
          <ErrorState error={aid.error} onRetry={() => void aid.refetch()} />
        ) : aid.data.items.length === 0 ? (
          <EmptyState>{t('groups.aid.empty')}</EmptyState>
        ) : (
          <>
            <p>{t('groups.aid.deliveredTotal', { total: formatRupiah(delivered) })}</p>
            <AidTable items={aid.data.items} caption={t('groups.aid.caption', { name: group.name })} />
          </>
        )}
      </section>
    </div>
  );
}
