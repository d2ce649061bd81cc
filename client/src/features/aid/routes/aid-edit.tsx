import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EditPageLoading, StaleNotice } from '@/components/etag-edit';
import { ErrorState } from '@/components/states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useEtagEdit } from '@/lib/use-etag-edit';
import { aidKeys, getAid, useUpdateAid } from '../api/aid';
import { AidForm } from '../components/aid-form';
import { aidValuesFrom } from '../utils/aid-form';
import '../aid.css';

export default function AidEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: aidKeys.detail(id), queryFn: () => getAid(id), refetchOnMount: 'always' });
  const update = useUpdateAid(id);
  const { base, generation, stale, reloadLatest } = useEtagEdit(query, update);
  useDocumentTitle(t('aid.form.editTitle'));
  const backTo = `/aid/${encodeURIComponent(id)}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        ← {t('aid.form.backToDetail')}
      </Link>
    </p>
  );
  if (!base) return <EditPageLoading query={query} back={back} notFound={t('aid.notFound')} />;
  const { aid, etag } = base;
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
          key={generation}
          lockGroup
          initial={aidValuesFrom(aid)}
          submitting={update.isPending}
          error={update.error}
          submitLabel={t('aid.form.save')}
          cancelTo={backTo}
          notice={
            stale ? <StaleNotice text={t('aid.form.stale')} reloadLabel={t('aid.form.reloadLatest')} onReload={() => void reloadLatest()} /> : null
          }
          onSubmit={(input) => update.mutate({ etag, input }, { onSuccess: () => void navigate(backTo, { state: { saved: 'updated' } }) })}
        />
      )}
    </div>
  );
}
