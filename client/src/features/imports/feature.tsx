import { lazy } from 'react';
import { RequireRole } from '@/components/require-role';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import type { Feature } from '@/lib/features/types';

const ImportPage = lazy(() => import('./routes/import-page'));
const ExportPage = lazy(() => import('./routes/export-page'));

export const feature: Feature = {
  id: 'imports',
  nav: [
    // importing writes businesses: admin and officer (the API's StaffWrite); exporting is for every staff role
    { path: '/imports', labelKey: 'imports.nav', roles: EDITOR_ROLES, order: 60, group: 'data' },
    { path: '/exports/businesses', labelKey: 'imports.export.nav', order: 62, group: 'data' },
  ],
  routes: [
    { path: 'imports', element: <RequireRole roles={EDITOR_ROLES}><ImportPage /></RequireRole> },
    { path: 'exports/businesses', element: <ExportPage /> },
  ],
};
