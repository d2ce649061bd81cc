import { lazy } from 'react';
import type { Feature } from '@/lib/features/types';
// Not lazy (issue #18): the catalog's first page is what buyers open on their phones; as part of the
// first download it is drawn one round trip sooner (Lighthouse mobile: LCP under 2.5 s). About 5 KB.
import CatalogPage from './routes/catalog-page';

const CatalogProductPage = lazy(() => import('./routes/catalog-product'));

// Public: reachable without signing in (outside the staff layout).
export const feature: Feature = {
  id: 'catalog',
  publicRoutes: [
    { path: '/katalog', element: <CatalogPage /> },
    { path: '/katalog/:productId', element: <CatalogProductPage /> },
  ],
};
