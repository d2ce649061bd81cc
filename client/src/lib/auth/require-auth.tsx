import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, restoring } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (!session && restoring) {
    return (
      <p className="muted" role="status">
        {t('states.loading')}
      </p>
    );
  }
  if (!session) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
