import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { useDocumentTitle } from '@/lib/use-document-title';
import { aidKeys, getAid, useUpdateAid, type AidWithEtag } from '../api/aid';
import { AidForm } from '../components/aid-form';
import { aidValuesFrom } from '../utils/aid-form';
import '../aid.css';

export default function AidEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: aidKeys.detail(id), queryFn: () => getAid(id), refetchOnMount: 'always' });
  const update = useUpdateAid(id);
  const [base, setBase] = useState<{ data: AidWithEtag; generation: number } | null>(null);
  if (!base && query.data && !query.isFetching) setBase({ data: query.data, generation: 0 });
  useDocumentTitle(t('aid.form.editTitle'));
  const backTo = `/aid/${encodeURIComponent(id)}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        ← {t('aid.form.backToDetail')}
      </Link>
    </p>
  );
  if (!base) {
    if (query.isError) {
      const notFound = query.error instanceof ApiError && query.error.status === 404;
      return (
        <div className="page">
          {back}
          <ErrorState error={query.error} message={notFound ? t('aid.notFound') : undefined} onRetry={notFound ? undefined : () => void query.refetch()} />
        </div>
      );
    }
    return <LoadingState />;
  }
  const { aid, etag } = base.data;
  const stale = update.error instanceof ApiError && update.error.status === 412;
  async function reloadLatest() {
    const fresh = await query.refetch();
    if (fresh.data) {
      update.reset();
      setBase((current) => ({ data: fresh.data, generation: (current?.generation ?? 0) + 1 }));
    }
  }
  return (
    <div className="page">
      {back}
      <h1>{t('aid.form.editTitle')}</h1>
      {aid.status !== 'planned' ? (
        <div className="alert alert-warning" role="status">
          {t('aid.form.notPlanned')}
        </div>
      ) : !etag ? (
        <ErrorState message={t('aid.form.noEtag')} onRetry={() => void reloadLatest()} />
      ) : (
        <AidForm
          key={base.generation}
          lockGroup
          initial={aidValuesFrom(aid)}
          submitting={update.isPending}
          error={update.error}
          submitLabel={t('aid.form.save')}
          cancelTo={backTo}
          notice={
            stale ? (
              <div className="alert alert-warning" role="alert">
                <p>{t('aid.form.stale')}</p>
                <button type="button" className="button button-secondary" onClick={() => void reloadLatest()}>
                  {t('aid.form.reloadLatest')}
                </button>
              </div>
            ) : null
          }
          onSubmit={(input) => update.mutate({ etag, input }, { onSuccess: () => void navigate(backTo, { state: { saved: 'updated' } }) })}
        />
      )}
    </div>
  );
}
