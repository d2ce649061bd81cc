import { useRouteError } from 'react-router';
import { ErrorState } from '@/components/states';

export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="page">
      <ErrorState error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
