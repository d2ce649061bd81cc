import { lazy } from 'react';
import { RequireRole } from '@/components/require-role';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import type { Feature } from '@/lib/features/types';

const BoardPage = lazy(() => import('./routes/board'));
const CaseDetailPage = lazy(() => import('./routes/case-detail'));
const CaseCreatePage = lazy(() => import('./routes/case-create'));
const CaseEditPage = lazy(() => import('./routes/case-edit'));
const AttentionPage = lazy(() => import('./routes/attention'));
const ReportsPage = lazy(() => import('./routes/reports'));

export const feature: Feature = {
  id: 'export-cases',
  nav: [{ path: '/export-cases', labelKey: 'export-cases.nav', order: 40 }],
  routes: [
    { path: 'export-cases', element: <BoardPage /> },
    {
      path: 'export-cases/new',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <CaseCreatePage />
        </RequireRole>
      ),
    },
    { path: 'export-cases/attention', element: <AttentionPage /> },
    { path: 'export-cases/reports', element: <ReportsPage /> },
    { path: 'export-cases/:id', element: <CaseDetailPage /> },
    {
      path: 'export-cases/:id/edit',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <CaseEditPage />
        </RequireRole>
      ),
    },
  ],
  businessTabs: [
    { id: 'export', labelKey: 'export-cases.businessTab.label', order: 15, component: lazy(() => import('./routes/business-export-tab')) },
  ],
};
