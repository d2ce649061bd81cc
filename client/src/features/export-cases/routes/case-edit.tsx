import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EditPageLoading, StaleNotice } from '@/components/etag-edit';
import { ErrorState } from '@/components/states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useEtagEdit } from '@/lib/use-etag-edit';
import { getExportCase } from '../api/get-export-case';
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
  const { base, generation, stale, reloading, reloadLatest } = useEtagEdit(query, update);
  const title = base ? t('export-cases.form.editTitle', { name: t('export-cases.caseName', { id: base.exportCase.id, business: base.exportCase.businessName }) }) : undefined;
  useDocumentTitle(title);

  const backTo = `/export-cases/${encodeURIComponent(id)}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        ← {t('export-cases.form.backToCase')}
      </Link>
    </p>
  );

  if (!base) return <EditPageLoading query={query} back={back} notFound={t('export-cases.detail.notFound')} />;

  const { exportCase, etag } = base;
  return (
    <div className="page ec-page">
      {back}
      <h1>{title}</h1>
      {!etag ? (
        <ErrorState message={t('export-cases.form.noEtag')} onRetry={() => void reloadLatest()} />
      ) : (
        <CaseForm
          key={generation}
          mode="edit"
          initial={caseValuesFrom(exportCase)}
          currentOfficerName={exportCase.assignedOfficerName}
          submitting={update.isPending}
          error={update.error}
          submitLabel={t('export-cases.form.save')}
          cancelTo={backTo}
          notice={
            stale ? <StaleNotice text={t('export-cases.form.stale')} reloadLabel={t('export-cases.form.reloadLatest')} disabled={reloading} onReload={() => void reloadLatest()} /> : null
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
