import { lazy } from 'react';
import type { Feature } from '@/lib/features/types';

const ProductsTab = lazy(() => import('./routes/products-tab'));

export const feature: Feature = {
  id: 'products',
  businessTabs: [{ id: 'products', labelKey: 'products.tab', order: 20, component: ProductsTab }],
};
