import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { setUnauthorizedHandler } from '@/lib/api/client';
import { AuthProvider } from '@/lib/auth/auth-context';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

export function App() {
  const queryClient = useMemo(createQueryClient, []);
  const router = useMemo(createAppRouter, []);

  useEffect(() => {
    // The API answered 401: the token is already cleared; drop cached data and go to /login.
    setUnauthorizedHandler(() => {
      queryClient.clear();
      const { pathname, search } = router.state.location;
      if (pathname !== '/login') void router.navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
    });
    return () => setUnauthorizedHandler(() => {});
  }, [queryClient, router]);

  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider
        onSignOut={() => {
          queryClient.clear();
          void router.navigate('/login', { replace: true });
        }}
      >
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
