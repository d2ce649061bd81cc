import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/app-layout';
import { LoadingState } from '@/components/states';
import { RequireAuth } from '@/lib/auth/require-auth';
import { RouteError } from './route-error';

// Route-level code splitting: each page is its own chunk.
const LoginPage = lazy(() => import('@/features/auth/routes/login'));
const BusinessListPage = lazy(() => import('@/features/businesses/routes/business-list'));
const BusinessDetailPage = lazy(() => import('@/features/businesses/routes/business-detail'));
const NotFoundPage = lazy(() => import('./not-found'));

export const routes: RouteObject[] = [
  {
    path: '/login',
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<LoadingState />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/businesses" replace /> },
      { path: 'businesses', element: <BusinessListPage /> },
      { path: 'businesses/:id', element: <BusinessDetailPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
