import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadingState } from '@/components/states';
import { api, unwrap } from '@/lib/api/client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { exportKeys } from '../api/keys';
import { useOpenExportCase } from '../api/open-export-case';
import { CaseForm } from '../components/case-form';
import { ExportSubNav } from '../components/sub-nav';
import { emptyCaseValues, toOpenInput } from '../utils/case-form';

export default function ExportCaseCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const businessId = searchParams.get('businessId') ?? '';
  const open = useOpenExportCase();
  useDocumentTitle(t('export-cases.form.createTitle'));

  // Opened from a business page (?businessId=): start with that business chosen.
  const business = useQuery({
    queryKey: exportKeys.business(businessId),
    queryFn: async () => unwrap(await api.GET('/api/v1/businesses/{id}', { params: { path: { id: businessId } } })),
    enabled: businessId !== '',
  });

  if (businessId && business.isPending) return <LoadingState />;
  const initial = emptyCaseValues();
  if (business.data) {
    initial.businessId = business.data.id;
    initial.businessName = business.data.name;
  }

  return (
    <div className="page ec-page">
      <p>
        <Link to="/export-cases" className="back-link">
          ← {t('export-cases.detail.back')}
        </Link>
      </p>
      <h1>{t('export-cases.form.createTitle')}</h1>
      <ExportSubNav />
      <p className="muted">{t('export-cases.form.createIntro')}</p>
      <CaseForm
        mode="create"
        initial={initial}
        submitting={open.isPending}
        error={open.error}
        submitLabel={t('export-cases.form.create')}
        cancelTo="/export-cases"
        onSubmit={(values) =>
          open.mutate(toOpenInput(values), {
            onSuccess: (created) =>
              void navigate(`/export-cases/${encodeURIComponent(created.exportCase.id)}`, { state: { saved: 'created' } }),
          })
        }
      />
    </div>
  );
}
