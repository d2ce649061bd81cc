import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EditPageLoading, StaleNotice } from '@/components/etag-edit';
import { ErrorState } from '@/components/states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useEtagEdit } from '@/lib/use-etag-edit';
import { getGroup, groupKeys, useUpdateGroup } from '../api/groups';
import { GroupForm } from '../components/group-form';
import '../groups.css';

export default function GroupEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // Read afresh: the ETag sent is the one of the data the form starts from.
  const query = useQuery({ queryKey: groupKeys.detail(id), queryFn: () => getGroup(id), refetchOnMount: 'always' });
  const update = useUpdateGroup(id);
  const { base, generation, stale, reloadLatest } = useEtagEdit(query, update);
  useDocumentTitle(base ? t('groups.form.editTitle', { name: base.group.name }) : undefined);
  const backTo = `/groups/${encodeURIComponent(id)}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        ← {t('groups.form.backToDetail')}
      </Link>
    </p>
  );

  if (!base) return <EditPageLoading query={query} back={back} notFound={t('groups.notFound')} />;

  const { group, etag } = base;
  return (
    <div className="page">
      {back}
      <h1>{t('groups.form.editTitle', { name: group.name })}</h1>
      {!etag ? (
        <ErrorState message={t('groups.form.noEtag')} onRetry={() => void reloadLatest()} />
      ) : (
        <GroupForm
          key={generation}
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
            stale ? <StaleNotice text={t('groups.form.stale')} reloadLabel={t('groups.form.reloadLatest')} onReload={() => void reloadLatest()} /> : null
          }
          onSubmit={(input) => update.mutate({ etag, input }, { onSuccess: () => void navigate(backTo, { state: { saved: 'updated' } }) })}
        />
      )}
    </div>
  );
}
