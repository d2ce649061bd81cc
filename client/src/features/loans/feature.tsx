import { lazy } from 'react';
import { RequireRole } from '@/components/require-role';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import type { Feature } from '@/lib/features/types';

const LoanListPage = lazy(() => import('./routes/loan-list'));
const LoanDetailPage = lazy(() => import('./routes/loan-detail'));
const LoanCreatePage = lazy(() => import('./routes/loan-create'));
const LoanReportsPage = lazy(() => import('./routes/loan-reports'));

export const feature: Feature = {
  id: 'loans',
  nav: [{ path: '/loans', labelKey: 'loans.nav', order: 53 }],
  routes: [
    { path: 'loans', element: <LoanListPage /> },
    { path: 'loans/reports', element: <LoanReportsPage /> },
    {
      path: 'loans/new',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <LoanCreatePage />
        </RequireRole>
      ),
    },
    { path: 'loans/:id', element: <LoanDetailPage /> },
  ],
  businessTabs: [{ id: 'loans', labelKey: 'loans.tab.label', order: 60, component: lazy(() => import('./routes/business-loans-tab')) }],
};
