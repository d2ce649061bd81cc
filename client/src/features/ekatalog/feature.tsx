import { lazy } from 'react';
import type { Feature } from '@/lib/features/types';

const EkatalogTab = lazy(() => import('./routes/ekatalog-tab'));
const ReadinessListPage = lazy(() => import('./routes/readiness-list'));

export const feature: Feature = {
  id: 'ekatalog',
  nav: [{ path: '/ekatalog', labelKey: 'ekatalog.nav', order: 20 }],
  routes: [{ path: 'ekatalog', element: <ReadinessListPage /> }],
  businessTabs: [{ id: 'ekatalog', labelKey: 'ekatalog.tab', order: 30, component: EkatalogTab }],
};
