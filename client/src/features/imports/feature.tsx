import { lazy } from 'react';
import { RequireRole } from '@/components/require-role';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import type { Feature } from '@/lib/features/types';

const ImportPage = lazy(() => import('./routes/import-page'));
const ImportHistoryPage = lazy(() => import('./routes/import-history'));
const ImportJobPage = lazy(() => import('./routes/import-job'));
const ExportPage = lazy(() => import('./routes/export-page'));

export const feature: Feature = {
  id: 'imports',
  nav: [
    // importing writes businesses: admin and officer (the API's StaffWrite, also for the history); exporting is for every staff role
    { path: '/imports', labelKey: 'imports.nav', roles: EDITOR_ROLES, order: 60, group: 'data' },
    { path: '/imports/history', labelKey: 'imports.history.nav', roles: EDITOR_ROLES, order: 61, group: 'data' },
    { path: '/exports/businesses', labelKey: 'imports.export.nav', order: 62, group: 'data' },
  ],
  routes: [
    { path: 'imports', element: <RequireRole roles={EDITOR_ROLES}><ImportPage /></RequireRole> },
    { path: 'imports/history', element: <RequireRole roles={EDITOR_ROLES}><ImportHistoryPage /></RequireRole> },
    { path: 'imports/jobs/:id', element: <RequireRole roles={EDITOR_ROLES}><ImportJobPage /></RequireRole> },
    { path: 'exports/businesses', element: <ExportPage /> },
  ],
};
