import { lazy } from 'react';
import type { Feature } from '@/lib/features/types';

const RequirementsPage = lazy(() => import('./routes/requirements-page'));

export const feature: Feature = {
  id: 'requirements',
  nav: [{ path: '/aturan-persyaratan', labelKey: 'requirements.nav', order: 70 }],
  routes: [{ path: 'aturan-persyaratan', element: <RequirementsPage /> }],
};
