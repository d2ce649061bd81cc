import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { useDocumentTitle } from '@/lib/use-document-title';
import { getExportCase, type ExportCaseWithEtag } from '../api/get-export-case';
import { exportKeys } from '../api/keys';
import { useUpdateExportCase } from '../api/update-export-case';
import { CaseForm } from '../components/case-form';
import { caseValuesFrom, toUpdateInput } from '../utils/case-form';

export default function ExportCaseEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // Read afresh: the ETag sent is the one of the data the form starts from.
  const query = useQuery({ queryKey: exportKeys.detail(id), queryFn: () => getExportCase(id), refetchOnMount: 'always' });
  const update = useUpdateExportCase(id);
  const [base, setBase] = useState<{ data: ExportCaseWithEtag; generation: number } | null>(null);
  const [reloading, setReloading] = useState(false);
  if (!base && query.data && !query.isFetching) setBase({ data: query.data, generation: 0 });
  const title = base ? t('export-cases.form.editTitle', { name: t('export-cases.caseName', { id: base.data.exportCase.id, business: base.data.exportCase.businessName }) }) : undefined;
  useDocumentTitle(title);

  const backTo = `/export-cases/${encodeURIComponent(id)}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        ← {t('export-cases.form.backToCase')}
      </Link>
    </p>
  );

  if (!base) {
    if (query.isError) {
      const notFound = query.error instanceof ApiError && query.error.status === 404;
      return (
        <div className="page">
          {back}
          <ErrorState error={query.error} message={notFound ? t('export-cases.detail.notFound') : undefined} onRetry={notFound ? undefined : () => void query.refetch()} />
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

  const { exportCase, etag } = base.data;
  const stale = update.error instanceof ApiError && update.error.status === 412;
  return (
    <div className="page ec-page">
      {back}
      <h1>{title}</h1>
      {!etag ? (
        <ErrorState message={t('export-cases.form.noEtag')} onRetry={() => void reloadLatest()} />
      ) : (
        <CaseForm
          key={base.generation}
          mode="edit"
          initial={caseValuesFrom(exportCase)}
          currentOfficerName={exportCase.assignedOfficerName}
          submitting={update.isPending}
          error={update.error}
          submitLabel={t('export-cases.form.save')}
          cancelTo={backTo}
          notice={
            stale ? (
              <div className="alert alert-warning" role="alert">
                <p>{t('export-cases.form.stale')}</p>
                <button type="button" className="button button-secondary" disabled={reloading} onClick={() => void reloadLatest()}>
                  {t('export-cases.form.reloadLatest')}
                </button>
              </div>
            ) : null
          }
          onSubmit={(values) =>
            update.mutate(
              {
                etag,
                // null keeps the officer as is (the API then does not re-check an officer who was since disabled)
                input: { ...toUpdateInput(values), assignedOfficerId: values.assignedOfficerId === exportCase.assignedOfficerId ? null : values.assignedOfficerId || null },
              }, { onSuccess: () => void navigate(backTo, { state: { saved: 'updated' } }) })
          }
        />
      )}
    </div>
  );
}
