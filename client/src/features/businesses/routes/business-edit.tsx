import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { useDocumentTitle } from '@/lib/use-document-title';
import { businessKey, getBusiness, type BusinessWithEtag } from '../api/get-business';
import { useUpdateBusiness } from '../api/update-business';
import { BusinessForm } from '../components/business-form';
import { formValuesFrom } from '../utils/business-form';

export default function BusinessEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // Always read afresh: the ETag sent with the change is the one of the data the form starts from.
  const query = useQuery({ queryKey: businessKey(id), queryFn: () => getBusiness(id), refetchOnMount: 'always' });
  const update = useUpdateBusiness(id);
  // Pinned when the form starts (and when the user asks for the latest data), so a background
  // refetch never swaps the ETag under the user's edits.
  const [base, setBase] = useState<{ data: BusinessWithEtag; generation: number } | null>(null);
  const [reloading, setReloading] = useState(false);
  if (!base && query.data && !query.isFetching) setBase({ data: query.data, generation: 0 });
  useDocumentTitle(base ? t('businesses.form.editTitle', { name: base.data.business.name }) : undefined);

  const backTo = `/businesses/${encodeURIComponent(id)}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        ← {t('businesses.form.backToDetail')}
      </Link>
    </p>
  );

  if (!base) {
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
    return <LoadingState />;
  }

  const stale = update.error instanceof ApiError && update.error.status === 412;

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

  const { business, etag } = base.data;
  return (
    <div className="page">
      {back}
      <h1>{t('businesses.form.editTitle', { name: business.name })}</h1>
      {!etag ? (
        <ErrorState message={t('businesses.form.noEtag')} onRetry={() => void reloadLatest()} />
      ) : (
        <BusinessForm
          // a new generation (the latest data, on the user's request) starts the form afresh
          key={base.generation}
          initial={formValuesFrom(business)}
          submitting={update.isPending}
          error={update.error}
          submitLabel={t('businesses.form.save')}
          cancelTo={backTo}
          notice={
            stale ? (
              <div className="alert alert-warning" role="alert">
                <p>{t('businesses.form.stale')}</p>
                <button type="button" className="button button-secondary" disabled={reloading} onClick={() => void reloadLatest()}>
                  {t('businesses.form.reloadLatest')}
                </button>
              </div>
            ) : null
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
