import { lazy } from 'react';
import type { Feature } from '@/lib/features/types';

const LoginPage = lazy(() => import('./routes/login'));

export const feature: Feature = {
  id: 'auth',
  publicRoutes: [{ path: '/login', element: <LoginPage /> }],
};
