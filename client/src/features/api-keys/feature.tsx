import { lazy } from 'react';
import { RequireRole } from '@/components/require-role';
import type { Feature } from '@/lib/features/types';

const ApiKeyListPage = lazy(() => import('./routes/api-key-list'));
const ApiKeyCreatePage = lazy(() => import('./routes/api-key-create'));

export const feature: Feature = {
  id: 'api-keys',
  nav: [{ path: '/api-keys', labelKey: 'api-keys.nav', roles: ['admin'], order: 82, group: 'admin' }],
  routes: [
    { path: 'api-keys', element: <RequireRole roles={['admin']}><ApiKeyListPage /></RequireRole> },
    { path: 'api-keys/new', element: <RequireRole roles={['admin']}><ApiKeyCreatePage /></RequireRole> },
  ],
};
