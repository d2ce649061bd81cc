import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useTrainingSession, type SessionWithEtag } from '../api/get-training-session';
import { useUpdateTrainingSession } from '../api/update-training-session';
import { SessionForm } from '../components/session-form';
import { isStatus } from '../utils/problem';
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
  const [base, setBase] = useState<{ data: SessionWithEtag; generation: number } | null>(null);
  const [reloading, setReloading] = useState(false);
  if (!base && query.data && !query.isFetching) setBase({ data: query.data, generation: 0 });
  useDocumentTitle(base ? t('training.form.editTitle', { title: base.data.session.title }) : undefined);

  const backTo = `/training/${encodeURIComponent(id)}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        ← {t('training.form.backToSession')}
      </Link>
    </p>
  );

  if (!base) {
    if (query.isError) {
      const notFound = isStatus(query.error, 404);
      return (
        <div className="page">
          {back}
          <ErrorState
            error={query.error}
            message={notFound ? t('training.detail.notFound') : undefined}
            onRetry={notFound ? undefined : () => void query.refetch()}
          />
        </div>
      );
    }
    return <LoadingState />;
  }

  async function reloadLatest() {
    setReloading(true);
    try {
      const fresh = await query.refetch();
      if (fresh.data) {
        update.reset();
        setBase((current) => ({ data: fresh.data, generation: (current?.generation ?? 0) + 1 }));
      }
    } finally {
      setReloading(false);
    }
  }

  const { session, etag } = base.data;
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
          key={base.generation}
          initial={sessionValuesFrom(session)}
          submitting={update.isPending}
          error={update.error}
          submitLabel={t('training.form.save')}
          cancelTo={backTo}
          notice={
            isStatus(update.error, 412) ? (
              <div className="alert alert-warning" role="alert">
                <p>{t('training.form.stale')}</p>
                <button type="button" className="button button-secondary" disabled={reloading} onClick={() => void reloadLatest()}>
                  {t('training.form.reloadLatest')}
                </button>
              </div>
            ) : null
          }
          onSubmit={(input) =>
            update.mutate({ etag, input }, { onSuccess: () => void navigate(backTo, { state: { saved: 'updated' } }) })
          }
        />
      )}
    </div>
  );
}
