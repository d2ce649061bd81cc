import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EditPageLoading, StaleNotice } from '@/components/etag-edit';
import { ErrorState } from '@/components/states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useEtagEdit } from '@/lib/use-etag-edit';
import { getBusiness } from '../api/get-business';
import { businessKeys } from '../api/keys';
import { useUpdateBusiness } from '../api/update-business';
import { BusinessForm } from '../components/business-form';
import { formValuesFrom } from '../utils/business-form';

export default function BusinessEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // Always read afresh: the ETag sent with the change is the one of the data the form starts from.
  const query = useQuery({ queryKey: businessKeys.detail(id), queryFn: () => getBusiness(id), refetchOnMount: 'always' });
  const update = useUpdateBusiness(id);
  // Pinned when the form starts (and when the user asks for the latest data), so a background
  // refetch never swaps the ETag under the user's edits.
  const { base, generation, stale, reloading, reloadLatest } = useEtagEdit(query, update);
  useDocumentTitle(base ? t('businesses.form.editTitle', { name: base.business.name }) : undefined);

  const backTo = `/businesses/${encodeURIComponent(id)}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        ← {t('businesses.form.backToDetail')}
      </Link>
    </p>
  );

  if (!base) return <EditPageLoading query={query} back={back} notFound={t('businesses.detail.notFound')} />;


  const { business, etag } = base;
  return (
    <div className="page">
      {back}
      <h1>{t('businesses.form.editTitle', { name: business.name })}</h1>
      {!etag ? (
        <ErrorState message={t('businesses.form.noEtag')} onRetry={() => void reloadLatest()} />
      ) : (
        <BusinessForm
          // a new generation (the latest data, on the user's request) starts the form afresh
          key={generation}
          initial={formValuesFrom(business)}
          submitting={update.isPending}
          error={update.error}
          submitLabel={t('businesses.form.save')}
          cancelTo={backTo}
          notice={
            stale ? <StaleNotice text={t('businesses.form.stale')} reloadLabel={t('businesses.form.reloadLatest')} disabled={reloading} onReload={() => void reloadLatest()} /> : null
          }
          onSubmit={(input) =>
            update.mutate(
              { etag, input },
              { onSuccess: () => void navigate(backTo, { state: { saved: 'updated' } }) },
            )
          }
        />
      )}
    </div>
  );
}
