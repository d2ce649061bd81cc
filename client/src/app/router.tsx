import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/app-layout';
import { LoadingState } from '@/components/states';
import { RequireAuth } from '@/lib/auth/require-auth';
import { ExtensionsProvider } from '@/lib/features/extensions-context';
import { collectExtensions, type Feature } from '@/lib/features/types';
import { features } from './features';
import { RouteError } from './route-error';

const NotFoundPage = lazy(() => import('./not-found'));

/** The route table built from the features' contributions (tests pass extra features). */
export function createRoutes(list: Feature[] = features): RouteObject[] {
  const extensions = collectExtensions(list);
  const home = extensions.nav[0]?.path;
  return [
    ...list.flatMap((feature) =>
      (feature.publicRoutes ?? []).map((route) => ({
        ...route,
        errorElement: route.errorElement ?? <RouteError />,
        element: <Suspense fallback={<LoadingState />}>{route.element}</Suspense>,
      })),
    ),
    {
      path: '/',
      errorElement: <RouteError />,
      element: (
        <ExtensionsProvider value={extensions}>
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        </ExtensionsProvider>
      ),
      children: [
        ...(home && home !== '/' ? [{ index: true, element: <Navigate to={home} replace /> }] : []),
        ...list.flatMap((feature) => feature.routes ?? []),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export const routes: RouteObject[] = createRoutes();

export function createAppRouter() {
  return createBrowserRouter(routes);
}
