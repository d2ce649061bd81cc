import { lazy } from 'react';
import { RequireRole } from '@/components/require-role';
import type { Feature } from '@/lib/features/types';

const AuditListPage = lazy(() => import('./routes/audit-list'));

export const feature: Feature = {
  id: 'audit',
  nav: [{ path: '/audit', labelKey: 'audit.nav', roles: ['admin'], order: 84, group: 'admin' }],
  routes: [{ path: 'audit', element: <RequireRole roles={['admin']}><AuditListPage /></RequireRole> }],
  businessTabs: [
    {
      id: 'history',
      labelKey: 'audit.tab.label',
      order: 90,
      roles: ['admin'],
      component: lazy(() => import('./components/business-history-tab')),
    },
  ],
};
