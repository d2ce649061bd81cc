import { lazy } from 'react';
import { RequireRole } from '@/components/require-role';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import type { Feature } from '@/lib/features/types';

const AidListPage = lazy(() => import('./routes/aid-list'));
const AidDetailPage = lazy(() => import('./routes/aid-detail'));
const AidCreatePage = lazy(() => import('./routes/aid-create'));
const AidEditPage = lazy(() => import('./routes/aid-edit'));
const AidReportsPage = lazy(() => import('./routes/aid-reports'));

export const feature: Feature = {
  id: 'aid',
  // "Laporan bantuan" is reached from the aid list's header: the main navigation is already full at 768 px.
  nav: [{ path: '/aid', labelKey: 'aid.nav', order: 51 }],
  routes: [
    { path: 'aid', element: <AidListPage /> },
    { path: 'aid-reports', element: <AidReportsPage /> },
    {
      path: 'aid/new',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <AidCreatePage />
        </RequireRole>
      ),
    },
    { path: 'aid/:id', element: <AidDetailPage /> },
    {
      path: 'aid/:id/edit',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <AidEditPage />
        </RequireRole>
      ),
    },
  ],
};
