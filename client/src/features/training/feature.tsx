import { lazy } from 'react';
import { RequireRole } from '@/components/require-role';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import type { Feature } from '@/lib/features/types';

const SessionListPage = lazy(() => import('./routes/session-list'));
const SessionCreatePage = lazy(() => import('./routes/session-create'));
const SessionDetailPage = lazy(() => import('./routes/session-detail'));
const SessionEditPage = lazy(() => import('./routes/session-edit'));
const AttendancePage = lazy(() => import('./routes/attendance'));
const TrainingReportsPage = lazy(() => import('./routes/training-reports'));

export const feature: Feature = {
  id: 'training',
  nav: [{ path: '/training', labelKey: 'training.nav', order: 30 }],
  routes: [
    { path: 'training', element: <SessionListPage /> },
    { path: 'training/reports', element: <TrainingReportsPage /> },
    {
      path: 'training/new',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <SessionCreatePage />
        </RequireRole>
      ),
    },
    { path: 'training/:id', element: <SessionDetailPage /> },
    {
      path: 'training/:id/edit',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <SessionEditPage />
        </RequireRole>
      ),
    },
    {
      path: 'training/:id/attendance',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <AttendancePage />
        </RequireRole>
      ),
    },
  ],
  businessTabs: [
    { id: 'training', labelKey: 'training.businessTab', order: 5, component: lazy(() => import('./routes/business-trainings-tab')) },
  ],
};
