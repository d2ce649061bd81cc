import { lazy } from 'react';
import { RequireRole } from '@/components/require-role';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import type { Feature } from '@/lib/features/types';

const GroupListPage = lazy(() => import('./routes/group-list'));
const GroupDetailPage = lazy(() => import('./routes/group-detail'));
const GroupCreatePage = lazy(() => import('./routes/group-create'));
const GroupEditPage = lazy(() => import('./routes/group-edit'));

export const feature: Feature = {
  id: 'groups',
  nav: [{ path: '/groups', labelKey: 'groups.nav', order: 50 }],
  routes: [
    { path: 'groups', element: <GroupListPage /> },
    {
      path: 'groups/new',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <GroupCreatePage />
        </RequireRole>
      ),
    },
    { path: 'groups/:id', element: <GroupDetailPage /> },
    {
      path: 'groups/:id/edit',
      element: (
        <RequireRole roles={EDITOR_ROLES}>
          <GroupEditPage />
        </RequireRole>
      ),
    },
  ],
  businessTabs: [
    { id: 'groups-aid', labelKey: 'groups.tab.label', order: 50, component: lazy(() => import('./routes/business-groups-tab')) },
  ],
};
