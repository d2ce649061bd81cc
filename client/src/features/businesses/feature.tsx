import { lazy } from 'react';
import { RequireRole } from '@/components/require-role';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import type { Feature } from '@/lib/features/types';

const BusinessListPage = lazy(() => import('./routes/business-list'));
const BusinessDetailPage = lazy(() => import('./routes/business-detail'));
const BusinessCreatePage = lazy(() => import('./routes/business-create'));
const BusinessEditPage = lazy(() => import('./routes/business-edit'));

export const feature: Feature = {
  id: 'businesses',
  nav: [{ path: '/businesses', labelKey: 'businesses.nav', order: 10 }],
  routes: [
    { path: 'businesses', element: <BusinessListPage /> },
    {
      path: 'businesses/new',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <BusinessCreatePage />
        </RequireRole>
      ),
    },
    { path: 'businesses/:id', element: <BusinessDetailPage /> },
    {
      path: 'businesses/:id/edit',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <BusinessEditPage />
        </RequireRole>
      ),
    },
  ],
};
