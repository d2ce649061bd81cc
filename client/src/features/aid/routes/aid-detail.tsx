import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { formatDate, formatNumber, formatRupiah, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAid } from '../api/aid';
import { HandoverDocument } from '../components/handover-document';
import { StatusActions } from '../components/status-actions';
import '../aid.css';
import { StatusBadge } from '@/components/status-badge';

export default function AidDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { id = '' } = useParams();
  const { session } = useAuth();
  const canEdit = hasRole(session?.user.role, EDITOR_ROLES);
  const query = useAid(id);
  const location = useLocation();
  const saved = (location.state as { saved?: 'created' | 'updated' } | null)?.saved;
  const title = query.data ? t('aid.detail.title', { group: query.data.aid.groupName, programme: query.data.aid.programme }) : undefined;
  useDocumentTitle(title);
  const back = (
    <p>
      <Link to="/aid" className="back-link">
        ← {t('aid.backToList')}
      </Link>
    </p>
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="page">
        {back}
        <ErrorState error={query.error} message={notFound ? t('aid.notFound') : undefined} onRetry={notFound ? undefined : () => void query.refetch()} />
      </div>
    );
  }
  const { aid, etag } = query.data;
  const reload = () => void query.refetch();
  return (
    <div className="page">
      {back}
      <div className="page-header">
        <h1>{title}</h1>
        <StatusBadge family="aid" value={aid.status} />
        {canEdit && aid.status === 'planned' && (
          <div className="page-actions">
            <Link to={`/aid/${encodeURIComponent(aid.id)}/edit`} className="button button-secondary">
              {t('aid.detail.edit')}
            </Link>
          </div>
        )}
      </div>
      {saved && (
        <div className="alert alert-success" role="status">
          {saved === 'created' ? t('aid.detail.created') : t('aid.detail.updated')}
        </div>
      )}
      <section className="detail-section">
        <h2>{t('aid.detail.about')}</h2>
        <dl className="detail-list">
          <div className="detail-item">
            <dt>{t('aid.fields.group')}</dt>
            <dd>
              <Link to={`/groups/${encodeURIComponent(aid.groupId)}`}>{aid.groupName}</Link>
            </dd>
          </div>
          <div className="detail-item">
            <dt>{t('aid.fields.kecamatan')}</dt>
            <dd>{aid.kecamatanName}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('aid.fields.programme')}</dt>
            <dd>{aid.programme}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('aid.fields.budgetYear')}</dt>
            <dd>{aid.budgetYear}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('aid.fields.handedOverOn')}</dt>
            <dd>{formatDate(aid.handedOverOn, locale)}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('aid.fields.handoverDocumentNumber')}</dt>
            <dd className="mono">{aid.handoverDocumentNumber ?? '—'}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('aid.fields.notes')}</dt>
            <dd>{aid.notes || '—'}</dd>
          </div>
        </dl>
      </section>
      <section className="detail-section" aria-labelledby="aid-items-title">
        <h2 id="aid-items-title">{t('aid.form.sections.items')}</h2>
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('aid.form.itemsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('aid.items.name')}</th>
                <th scope="col" className="num">{t('aid.items.quantity')}</th>
                <th scope="col">{t('aid.items.unit')}</th>
                <th scope="col" className="num">{t('aid.items.unitValue')}</th>
                <th scope="col" className="num">{t('aid.items.total')}</th>
              </tr>
            </thead>
            <tbody>
              {aid.items.map((item, i) => (
                <tr key={i}>
                  <th scope="row">{item.name}</th>
                  <td className="num">{formatNumber(item.quantity, locale)}</td>
                  <td>{item.unit}</td>
                  <td className="num">{formatRupiah(item.unitValueIdr)}</td>
                  <td className="num">{formatRupiah(item.totalValueIdr)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t('aid.items.grandTotal')}
                </th>
                <td className="num">
                  <strong>{formatRupiah(aid.totalValueIdr)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      {canEdit && etag && <StatusActions key={`${aid.version}`} aid={aid} etag={etag} onReload={reload} />}
      <HandoverDocument aid={aid} etag={etag} canEdit={canEdit} onReload={reload} />
    </div>
  );
}
