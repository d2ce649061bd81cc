import { lazy } from 'react';
import type { Feature } from '@/lib/features/types';

const CatalogPage = lazy(() => import('./routes/catalog-page'));
const CatalogProductPage = lazy(() => import('./routes/catalog-product'));

// Public: reachable without signing in (outside the staff layout).
export const feature: Feature = {
  id: 'catalog',
  publicRoutes: [
    { path: '/katalog', element: <CatalogPage /> },
    { path: '/katalog/:productId', element: <CatalogProductPage /> },
  ],
};
