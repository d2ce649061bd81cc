import { lazy } from 'react';
import { RequireRole } from '@/components/require-role';
import type { Feature } from '@/lib/features/types';

const WebhooksPage = lazy(() => import('./routes/webhooks'));

export const feature: Feature = {
  id: 'webhooks',
  nav: [{ path: '/webhooks', labelKey: 'webhooks.nav', roles: ['admin'], order: 83, group: 'admin' }],
  routes: [{ path: 'webhooks', element: <RequireRole roles={['admin']}><WebhooksPage /></RequireRole> }],
};
