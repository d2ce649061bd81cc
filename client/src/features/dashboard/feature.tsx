import { lazy } from 'react';
import type { Feature } from '@/lib/features/types';

// Lazy: the page and its chart library are a separate chunk, outside the initial JS.
const DashboardPage = lazy(() => import('./routes/dashboard'));

export const feature: Feature = {
  id: 'dashboard',
  // order 0: the first entry, so "/" leads here (the landing page after sign-in).
  nav: [{ path: '/dashboard', labelKey: 'dashboard.nav', order: 0 }],
  routes: [{ path: 'dashboard', element: <DashboardPage /> }],
};
