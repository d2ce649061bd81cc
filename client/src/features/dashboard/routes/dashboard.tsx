import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '@/components/form-field';
import { ErrorState } from '@/components/states';
import { useKecamatan } from '@/lib/reference/list-kecamatan';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useDashboard } from '../api/get-dashboard';
import { DashboardSkeleton } from '../components/dashboard-skeleton';
import { DashboardView } from '../components/dashboard-view';
import { parseKecamatan, withKecamatan } from '../utils/dashboard-params';
import '../dashboard.css';

export default function DashboardPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const kecamatan = parseKecamatan(searchParams);
  const kecamatanList = useKecamatan();
  const query = useDashboard(kecamatan);
  useDocumentTitle(t('dashboard.title'));

  const options = (kecamatanList.data ?? []).map((k) => ({ value: k.code, label: k.name }));
  // Keep a code from the URL selectable before the list has loaded.
  if (kecamatan && !options.some((o) => o.value === kecamatan)) options.push({ value: kecamatan, label: kecamatan });
  const kecamatanName = options.find((o) => o.value === kecamatan)?.label ?? kecamatan;
  const busy = query.isPlaceholderData; // another kecamatan's figures are still shown
  const refreshing = query.isFetching && !query.isPending;

  return (
    <div className="page dashboard">
      <div className="page-header">
        <h1>{t('dashboard.title')}</h1>
        <p className="muted">
          {kecamatan ? t('dashboard.scopeKecamatan', { name: kecamatanName }) : t('dashboard.scopeAll')}
        </p>
      </div>
      <p className="muted dash-intro">{t('dashboard.intro')}</p>
      <section className="filters dash-filters" aria-label={t('dashboard.filter.legend')}>
        <SelectField
          label={t('dashboard.filter.kecamatan')}
          name="kecamatan"
          value={kecamatan}
          onChange={(e) => setSearchParams(withKecamatan(searchParams, e.target.value))}
          options={[{ value: '', label: t('dashboard.filter.all') }, ...options]}
        />
        <p className="muted small dash-updating" role="status" aria-live="polite">
          {refreshing ? t('dashboard.updating') : ''}
        </p>
      </section>
      {query.isPending ? (
        <DashboardSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="dash-body" aria-busy={busy || undefined} data-testid="dashboard-body">
          <DashboardView data={query.data} kecamatan={kecamatan} />
        </div>
      )}
    </div>
  );
}
