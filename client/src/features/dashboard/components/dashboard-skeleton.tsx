import { useTranslation } from 'react-i18next';

/** The dashboard's shape in grey while the figures load (one status message for screen readers). */
export function DashboardSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="dash-skeleton" role="status" aria-live="polite" data-testid="dashboard-skeleton">
      <span className="visually-hidden">{t('dashboard.loading')}</span>
      <div className="dash-cards" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="dash-card dash-skeleton-block" style={{ height: '5.5rem' }} />
        ))}
      </div>
      <div className="dash-grid" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="dash-panel dash-skeleton-block" style={{ height: '16rem' }} />
        ))}
      </div>
    </div>
  );
}
