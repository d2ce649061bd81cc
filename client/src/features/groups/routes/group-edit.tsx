import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { useDocumentTitle } from '@/lib/use-document-title';
import { getGroup, groupKeys, useUpdateGroup, type GroupWithEtag } from '../api/groups';
import { GroupForm } from '../components/group-form';
import '../groups.css';

export default function GroupEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // Read afresh: the ETag sent is the one of the data the form starts from.
  const query = useQuery({ queryKey: groupKeys.detail(id), queryFn: () => getGroup(id), refetchOnMount: 'always' });
  const update = useUpdateGroup(id);
  const [base, setBase] = useState<{ data: GroupWithEtag; generation: number } | null>(null);
  if (!base && query.data && !query.isFetching) setBase({ data: query.data, generation: 0 });
  useDocumentTitle(base ? t('groups.form.editTitle', { name: base.data.group.name }) : undefined);
  const backTo = `/groups/${encodeURIComponent(id)}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        ← {t('groups.form.backToDetail')}
      </Link>
    </p>
  );

  if (!base) {
    if (query.isError) {
      const notFound = query.error instanceof ApiError && query.error.status === 404;
      return (
        <div className="page">
          {back}
          <ErrorState error={query.error} message={notFound ? t('groups.notFound') : undefined} onRetry={notFound ? undefined : () => void query.refetch()} />
        </div>
      );
    }
    return <LoadingState />;
  }

  const stale = update.error instanceof ApiError && update.error.status === 412;
  async function reloadLatest() {
    const fresh = await query.refetch();
    if (fresh.data) {
      update.reset();
      setBase((current) => ({ data: fresh.data, generation: (current?.generation ?? 0) + 1 }));
    }
  }
  const { group, etag } = base.data;
  return (
    <div className="page">
      {back}
      <h1>{t('groups.form.editTitle', { name: group.name })}</h1>
      {!etag ? (
        <ErrorState message={t('groups.form.noEtag')} onRetry={() => void reloadLatest()} />
      ) : (
        <GroupForm
          key={base.generation}
          showStatus
          initial={{
            name: group.name,
            kind: group.kind,
            kecamatanCode: group.kecamatanCode,
            leader: { id: group.leaderBusinessId, name: group.leaderBusinessName },
            formedOn: group.formedOn,
            status: group.status,
          }}
          submitting={update.isPending}
          error={update.error}
          submitLabel={t('groups.form.save')}
          cancelTo={backTo}
          notice={
            stale ? (
              <div className="alert alert-warning" role="alert">
                <p>{t('groups.form.stale')}</p>
                <button type="button" className="button button-secondary" onClick={() => void reloadLatest()}>
                  {t('groups.form.reloadLatest')}
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
