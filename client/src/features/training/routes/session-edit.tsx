import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EditPageLoading, StaleNotice } from '@/components/etag-edit';
import { ErrorState } from '@/components/states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useEtagEdit } from '@/lib/use-etag-edit';
import { useTrainingSession } from '../api/get-training-session';
import { useUpdateTrainingSession } from '../api/update-training-session';
import { SessionForm } from '../components/session-form';
import { sessionValuesFrom } from '../utils/session-form';
import '../training.css';

export default function SessionEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // Read afresh: the If-Match sent is the ETag of the data the form starts from.
  const query = useTrainingSession(id, { refetchOnMount: 'always' });
  const update = useUpdateTrainingSession(id);
  // Pinned when the form starts (and on "reload"), so a background refetch never swaps the ETag under the edits.
  const { base, generation, stale, reloading, reloadLatest } = useEtagEdit(query, update);
  useDocumentTitle(base ? t('training.form.editTitle', { title: base.session.title }) : undefined);

  const backTo = `/training/${encodeURIComponent(id)}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        ← {t('training.form.backToSession')}
      </Link>
    </p>
  );

  if (!base) return <EditPageLoading query={query} back={back} notFound={t('training.detail.notFound')} />;

  const { session, etag } = base;
  const closed = session.status === 'completed' || session.status === 'cancelled';
  return (
    <div className="page">
      {back}
      <h1>{t('training.form.editTitle', { title: session.title })}</h1>
      {closed ? (
        <div className="alert alert-warning" role="status">
          {t('training.form.closed')}
        </div>
      ) : !etag ? (
        <ErrorState message={t('training.form.noEtag')} onRetry={() => void reloadLatest()} />
      ) : (
        <SessionForm
          key={generation}
          initial={sessionValuesFrom(session)}
          submitting={update.isPending}
          error={update.error}
          submitLabel={t('training.form.save')}
          cancelTo={backTo}
          notice={
            stale ? <StaleNotice text={t('training.form.stale')} reloadLabel={t('training.form.reloadLatest')} disabled={reloading} onReload={() => void reloadLatest()} /> : null
          }
          onSubmit={(input) =>
            update.mutate({ etag, input }, { onSuccess: () => void navigate(backTo, { state: { saved: 'updated' } }) })
          }
        />
      )}
    </div>
  );
}
