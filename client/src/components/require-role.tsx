import type { ReactNode } from 'react';
import type { UserRole } from '@/lib/api/types';
import { useAuth } from '@/lib/auth/auth-context';
import { hasRole } from '@/lib/auth/roles';
import { NoAccessState } from './states';

/** Renders its children only for the given roles; others see a polite "no access" page. */
export function RequireRole({ roles, children }: { roles: UserRole[]; children: ReactNode }) {
  const { session } = useAuth();
  if (!hasRole(session?.user.role, roles)) return <NoAccessState />;
  return <>{children}</>;
}
