import { lazy, type ReactNode } from 'react';
import { RequireRole } from '@/components/require-role';
import type { Feature } from '@/lib/features/types';

const UserListPage = lazy(() => import('./routes/user-list'));
const UserCreatePage = lazy(() => import('./routes/user-create'));
const UserDetailPage = lazy(() => import('./routes/user-detail'));
const ChangePasswordPage = lazy(() => import('./routes/change-password'));

const adminOnly = (element: ReactNode) => <RequireRole roles={['admin']}>{element}</RequireRole>;

export const feature: Feature = {
  id: 'users',
  nav: [
    { path: '/users', labelKey: 'users.nav', roles: ['admin'], order: 80, group: 'admin' },
    { path: '/account/password', labelKey: 'users.password.nav', order: 95, group: 'account' },
  ],
  routes: [
    { path: 'users', element: adminOnly(<UserListPage />) },
    { path: 'users/new', element: adminOnly(<UserCreatePage />) },
    { path: 'users/:id', element: adminOnly(<UserDetailPage />) },
    { path: 'account/password', element: <ChangePasswordPage /> },
  ],
};
